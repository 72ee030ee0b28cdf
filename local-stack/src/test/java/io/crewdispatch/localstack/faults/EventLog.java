package io.crewdispatch.localstack.faults;

import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.EventDeadLettered;
import io.crewdispatch.events.IntegrationStateChanged;
import io.crewdispatch.events.serde.AvroEventDeserializer;
import io.crewdispatch.events.serde.AvroEventSerializer;
import io.crewdispatch.events.topic.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker read from outside, from the beginning of each topic, with no consumer group (so the
 * suite never counts as a consumer itself): what each charter's events are, what was dead-lettered,
 * which services consume which topic. Also writes what a booking system or a broken producer would.
 */
final class EventLog implements AutoCloseable {

  /** The topics whose records are keyed by charterId: a charter's whole history. */
  static final List<Topic> CHARTER_TOPICS =
      List.of(
          Topic.CHARTER_EVENTS,
          Topic.DISPATCH_EVENTS,
          Topic.AUTH_LINKS,
          Topic.AUTH_EVENTS,
          Topic.NOTIFICATION_EVENTS);

  /** A dead letter as the office hears of it. */
  record DeadLetter(
      String eventId, String service, String topic, int partition, long offset, String key) {}

  /** An outage (or its end) as a service announced it on ops-events. */
  record StateChange(String service, String integration, String state, java.time.Instant since) {}

  private final String bootstrapServers;
  private final AvroEventDeserializer decoder = new AvroEventDeserializer();
  private final AvroEventSerializer encoder = new AvroEventSerializer();
  private final KafkaProducer<String, byte[]> producer;

  EventLog(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                120_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                30_000),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  /** Per charter: distinct eventIds by "topic/EventType" (a redelivered copy is not an event). */
  Map<String, Map<String, Integer>> charterHistories(Collection<String> charterIds) {
    Map<String, Map<String, Set<String>>> ids = new TreeMap<>();
    for (Topic topic : CHARTER_TOPICS) {
      for (ConsumerRecord<String, byte[]> record : readAll(topic.topicName())) {
        if (!charterIds.contains(record.key())) {
          continue;
        }
        SpecificRecord event = decode(record);
        if (event == null) {
          continue;
        }
        ids.computeIfAbsent(record.key(), k -> new TreeMap<>())
            .computeIfAbsent(
                topic.topicName() + "/" + event.getClass().getSimpleName(), k -> new TreeSet<>())
            .add(eventId(event));
      }
    }
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    charterIds.forEach(id -> counts.put(id, new TreeMap<>()));
    ids.forEach(
        (charter, byType) ->
            byType.forEach((type, set) -> counts.get(charter).put(type, set.size())));
    return counts;
  }

  /** Every EventDeadLettered on ops-events, once per eventId (two consumer groups report one). */
  List<DeadLetter> deadLetters() {
    Map<String, DeadLetter> byId = new TreeMap<>();
    for (ConsumerRecord<String, byte[]> record : readAll(Topic.OPS_EVENTS.topicName())) {
      if (decode(record) instanceof EventDeadLettered d) {
        byId.putIfAbsent(
            d.getEventId(),
            new DeadLetter(
                d.getEventId(),
                d.getService(),
                d.getTopic(),
                d.getPartition(),
                d.getOffset(),
                d.getKey()));
      }
    }
    return List.copyOf(byId.values());
  }

  /** Every IntegrationStateChanged on ops-events, in the order they were published. */
  List<StateChange> integrationStates() {
    List<StateChange> changes = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : readAll(Topic.OPS_EVENTS.topicName())) {
      if (decode(record) instanceof IntegrationStateChanged c) {
        changes.add(
            new StateChange(
                c.getService(), c.getIntegration().name(), c.getState().name(), c.getSince()));
      }
    }
    return changes;
  }

  /** A booking system publishing its booking straight onto charter-events. */
  void publish(CharterBooked booking) throws Exception {
    RecordHeaders headers = new RecordHeaders();
    byte[] value = encoder.serialize(Topic.CHARTER_EVENTS.topicName(), headers, booking);
    producer
        .send(
            new ProducerRecord<>(
                Topic.CHARTER_EVENTS.topicName(), null, booking.getCharterId(), value, headers))
        .get(2, TimeUnit.MINUTES);
  }

  /**
   * Sends every record of {@code topic} keyed by one of {@code keys} once more, byte for byte, as a
   * producer retrying after a lost ack does; returns how many.
   */
  int redeliver(String topic, Collection<String> keys) throws Exception {
    int copies = 0;
    for (ConsumerRecord<String, byte[]> record : readAll(topic)) {
      if (keys.contains(record.key())) {
        producer
            .send(
                new ProducerRecord<>(
                    topic, record.partition(), record.key(), record.value(), record.headers()))
            .get(1, TimeUnit.MINUTES);
        copies++;
      }
    }
    return copies;
  }

  /** Bytes no consumer can decode (no Avro single-object marker), as a broken producer sends. */
  RecordMetadata poison(String topic, String key) throws Exception {
    byte[] garbage = ("not an event: " + key).getBytes(StandardCharsets.UTF_8);
    return producer.send(new ProducerRecord<>(topic, key, garbage)).get(1, TimeUnit.MINUTES);
  }

  /**
   * Which service consumes which topic, as the broker sees it now: the active members' assignments
   * of every consumer group, a group named by its service's prefix (listener ids such as {@code
   * dispatch-charter-events}, or the service's own group id).
   */
  Map<String, Set<String>> consumersByTopic(Collection<String> services) throws Exception {
    Map<String, Set<String>> consumers = new TreeMap<>();
    try (Admin admin = admin()) {
      List<String> groups =
          admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS).stream()
              .map(ConsumerGroupListing::groupId)
              .toList();
      Map<String, ConsumerGroupDescription> described =
          admin.describeConsumerGroups(groups).all().get(30, TimeUnit.SECONDS);
      described.forEach(
          (group, description) -> {
            String service = serviceOf(group, services);
            if (service == null) {
              return;
            }
            description
                .members()
                .forEach(
                    m ->
                        m.assignment()
                            .topicPartitions()
                            .forEach(
                                tp ->
                                    consumers
                                        .computeIfAbsent(tp.topic(), t -> new TreeSet<>())
                                        .add(service)));
          });
    }
    return consumers;
  }

  private static String serviceOf(String group, Collection<String> services) {
    for (String service : services) {
      String prefix = service.replace("-service", "");
      if (group.equals(service) || group.startsWith(prefix + "-")) {
        return service;
      }
    }
    return null;
  }

  private List<ConsumerRecord<String, byte[]>> readAll(String topic) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                2000),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map((PartitionInfo p) -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to its end");
        }
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
      }
    }
    return records;
  }

  private SpecificRecord decode(ConsumerRecord<String, byte[]> record) {
    try {
      return decoder.deserialize(record.topic(), record.headers(), record.value());
    } catch (RuntimeException poison) {
      return null; // the suite's own poison records
    }
  }

  private static String eventId(SpecificRecord event) {
    return String.valueOf(event.get(event.getSchema().getField("eventId").pos()));
  }

  private Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            30_000));
  }

  static String describe(Map<String, Integer> history) {
    return history.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }
}
