package io.crewdispatch.testsupport;

import io.crewdispatch.events.serde.AvroEventDeserializer;
import io.crewdispatch.events.serde.AvroEventSerializer;
import io.crewdispatch.events.topic.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Drives a service from outside through the shared broker: publishes events (or raw bytes) with the
 * real serde, and records everything that appears on every catalogue topic and dead-letter topic
 * from the moment it was opened.
 *
 * <p>In a test class, declare one per test: {@code @RegisterExtension final KafkaProbe probe =
 * KafkaProbe.perTest();} opens it before each test (after the Spring context, before the class's
 * own {@code @BeforeEach} methods) and closes it after. Elsewhere, {@link #open()} and close it.
 */
public final class KafkaProbe implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(20);

  private final AvroEventSerializer serializer = new AvroEventSerializer();
  private final AvroEventDeserializer deserializer = new AvroEventDeserializer();
  private final Supplier<String> bootstrapServers;
  private volatile Connection connection;

  private KafkaProbe(Supplier<String> bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** A probe on the shared test broker, open now. */
  public static KafkaProbe open() {
    return open(Infrastructure.kafkaBootstrapServers());
  }

  /** A probe on any broker (for the end-to-end tests of the local stack), open now. */
  public static KafkaProbe open(String bootstrapServers) {
    KafkaProbe probe = new KafkaProbe(() -> bootstrapServers);
    probe.connection = new Connection(bootstrapServers);
    return probe;
  }

  /** A probe on the shared test broker that a test class registers as an extension (above). */
  public static KafkaProbe perTest() {
    return new KafkaProbe(Infrastructure::kafkaBootstrapServers);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    connection = new Connection(bootstrapServers.get());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  /** Publishes an event with the production serializer and waits for the broker's ack. */
  public void publish(Topic topic, String key, SpecificRecord event) {
    publishRaw(topic.topicName(), key, serializer.serialize(topic.topicName(), event));
  }

  /**
   * Publishes events all at once and then waits for the broker's acks, so a consumer can find them
   * in one fetch (a batch listener's test); {@link #publish} waits for each.
   */
  public void publishAll(Topic topic, List<Map.Entry<String, SpecificRecord>> keyedEvents) {
    List<Future<?>> acks = new ArrayList<>();
    for (Map.Entry<String, SpecificRecord> keyed : keyedEvents) {
      byte[] value = serializer.serialize(topic.topicName(), keyed.getValue());
      acks.add(
          connection()
              .producer
              .send(new ProducerRecord<>(topic.topicName(), keyed.getKey(), value)));
    }
    try {
      for (Future<?> ack : acks) {
        ack.get(10, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      throw new IllegalStateException("Could not publish to " + topic.topicName(), e);
    }
  }

  /** Publishes any bytes: poison for dead-letter tests. */
  public void publishRaw(String topic, String key, byte[] value) {
    try {
      connection().producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Could not publish to " + topic, e);
    }
  }

  /** Waits for the first event of {@code type} on {@code topic} that matches. */
  public <T extends SpecificRecord> T await(Topic topic, Class<T> type, Predicate<T> match) {
    return await(topic, type, match, DEFAULT_WAIT);
  }

  public <T extends SpecificRecord> T await(
      Topic topic, Class<T> type, Predicate<T> match, Duration wait) {
    return Awaitility.await()
        .atMost(wait)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> events(topic, type, match).stream().findFirst(), Optional::isPresent)
        .orElseThrow();
  }

  /**
   * Every matching event of {@code type} seen on {@code topic} so far, in arrival order per
   * partition.
   */
  public <T extends SpecificRecord> List<T> events(Topic topic, Class<T> type, Predicate<T> match) {
    List<T> out = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : connection().seen) {
      if (record.topic().equals(topic.topicName()) && record.value() != null) {
        SpecificRecord event = deserializer.deserialize(record.topic(), record.value());
        if (type.isInstance(event) && match.test(type.cast(event))) {
          out.add(type.cast(event));
        }
      }
    }
    return out;
  }

  /** Waits for a record on the dead-letter topic of {@code topic} whose key matches. */
  public DeadLetter awaitDeadLetter(Topic topic, String key) {
    return Awaitility.await()
        .atMost(DEFAULT_WAIT)
        .pollInterval(Duration.ofMillis(20))
        .until(
            () ->
                connection().seen.stream()
                    .filter(
                        r -> r.topic().equals(topic.deadLetterTopicName()) && key.equals(r.key()))
                    .findFirst(),
            Optional::isPresent)
        .map(DeadLetter::new)
        .orElseThrow();
  }

  /** Every record seen so far on the dead-letter topic of {@code topic} with this key. */
  public List<DeadLetter> deadLetters(Topic topic, String key) {
    return connection().seen.stream()
        .filter(r -> r.topic().equals(topic.deadLetterTopicName()) && key.equals(r.key()))
        .map(DeadLetter::new)
        .toList();
  }

  /**
   * Waits until a consumer group has committed an offset beyond the record with {@code key} on
   * {@code topic}: a service has finished with that very record (handled it, or dead-lettered it),
   * which no other record of the same type can fake.
   */
  public void awaitCommittedPast(Topic topic, String key) {
    awaitCommittedPast(topic, key, List.of());
  }

  /**
   * Waits until each of {@code groups} (any one group, when none is named) has committed past the
   * record {@code key} on {@code topic}: several groups reading a topic each handle it in their own
   * time.
   */
  public void awaitCommittedPast(Topic topic, String key, List<String> groups) {
    ConsumerRecord<String, byte[]> record =
        Awaitility.await("the record " + key + " on " + topic.topicName())
            .atMost(DEFAULT_WAIT)
            .pollInterval(Duration.ofMillis(20))
            .until(
                () ->
                    connection().seen.stream()
                        .filter(r -> r.topic().equals(topic.topicName()) && key.equals(r.key()))
                        .findFirst(),
                Optional::isPresent)
            .orElseThrow();
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, connection().bootstrapServers))) {
      Awaitility.await(
              (groups.isEmpty() ? "a consumer group" : String.join(", ", groups))
                  + " commits past "
                  + key
                  + " on "
                  + topic.topicName())
          .atMost(DEFAULT_WAIT)
          .pollInterval(Duration.ofMillis(100))
          .until(() -> committed(admin, partition, groups) > record.offset());
    }
  }

  /**
   * How far {@code groups} have all committed on the partition (the lowest of theirs); with none
   * named, how far any group has (the highest).
   */
  private static long committed(Admin admin, TopicPartition partition, List<String> groups)
      throws Exception {
    List<String> ids =
        groups.isEmpty()
            ? admin.listConsumerGroups().all().get().stream().map(g -> g.groupId()).toList()
            : groups;
    long highest = -1;
    long lowest = Long.MAX_VALUE;
    for (String group : ids) {
      var committed =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get()
              .get(partition);
      long offset = committed == null ? -1 : committed.offset();
      highest = Math.max(highest, offset);
      lowest = Math.min(lowest, offset);
    }
    return groups.isEmpty() ? highest : lowest;
  }

  /** A record on a dead-letter topic with the headers spring-kafka adds. */
  public record DeadLetter(ConsumerRecord<String, byte[]> record) {
    public byte[] value() {
      return record.value();
    }

    public String header(String name) {
      Header header = record.headers().lastHeader(name);
      return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The root cause, as the platform's error handler wrote it. */
    public String reason() {
      return header("crewdispatch-dlt-reason");
    }

    public String exceptionMessage() {
      return header("kafka_dlt-exception-message");
    }

    public String exceptionClass() {
      return header("kafka_dlt-exception-fqcn");
    }

    public String originalTopic() {
      return header("kafka_dlt-original-topic");
    }
  }

  @Override
  public void close() {
    Connection open = connection;
    connection = null;
    if (open != null) {
      open.close();
    }
  }

  private Connection connection() {
    Connection open = connection;
    if (open == null) {
      throw new IllegalStateException("The probe is not open: register it or call open()");
    }
    return open;
  }

  /** One open probe: a producer, and a consumer on every partition from its end, polled. */
  private static final class Connection {
    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    Connection(String bootstrapServers) {
      this.bootstrapServers = bootstrapServers;
      createCatalogueTopics(bootstrapServers);
      producer =
          new KafkaProducer<>(
              Map.of(
                  ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                  bootstrapServers,
                  ProducerConfig.ACKS_CONFIG,
                  "all",
                  ProducerConfig.LINGER_MS_CONFIG,
                  0),
              new StringSerializer(),
              new ByteArraySerializer());
      consumer =
          new KafkaConsumer<>(
              Map.of(
                  ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                  bootstrapServers,
                  ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                  false),
              new StringDeserializer(),
              new ByteArrayDeserializer());
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : allTopicNames()) {
        consumer
            .partitionsFor(topic, Duration.ofSeconds(10))
            .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position); // fix the start now, before the test publishes
      poller = new Thread(this::poll, "kafka-probe");
      poller.setDaemon(true);
      poller.start();
    }

    private void poll() {
      try {
        while (running) {
          consumer.poll(Duration.ofMillis(50)).forEach(seen::add);
        }
      } catch (WakeupException stopping) {
        // closing
      } finally {
        consumer.close();
      }
    }

    void close() {
      running = false;
      consumer.wakeup();
      try {
        poller.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      producer.close(Duration.ofSeconds(2));
    }
  }

  private static List<String> allTopicNames() {
    List<String> names = new ArrayList<>();
    for (Topic topic : Topic.values()) {
      names.add(topic.topicName());
      names.add(topic.deadLetterTopicName());
    }
    return names;
  }

  /** Creates every topic the way services do (3 partitions), so the probe can assign them all. */
  private static void createCatalogueTopics(String bootstrapServers) {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      for (String name : allTopicNames()) {
        try {
          admin
              .createTopics(List.of(new NewTopic(name, Optional.of(3), Optional.empty())))
              .all()
              .get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("Cannot create topic " + name, e.getCause());
          }
        }
      }
    } catch (Exception e) {
      if (e instanceof IllegalStateException ise) {
        throw ise;
      }
      throw new IllegalStateException("Cannot create catalogue topics", e);
    }
  }
}
