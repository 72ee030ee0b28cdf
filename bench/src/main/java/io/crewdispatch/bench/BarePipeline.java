package io.crewdispatch.bench;

import io.crewdispatch.localstack.MailServer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The floor as a whole pipeline: the booking path's hops and DynamoDB round trips done with plain
 * clients and nothing else, on the same broker and DynamoDB Local, in the bench's JVM. A booking
 * record goes in; stage 1 (dispatch's place) reads the candidates' holds (one consistent
 * BatchGetItem) and writes the charter conditionally, then publishes; stage 2 (auth's place) writes
 * the call conditionally and publishes; stage 3 (notification's place) claims the send
 * conditionally and sends the call email to the stack's SMTP server ({@link BareMail}), the hop the
 * path ends with. Each stage is one consumer thread committing once per poll, like the services.
 * Without a mail server (port 0) stage 3 stops at the claim, as the pipeline did until 5 Dec 2026.
 */
final class BarePipeline implements AutoCloseable {

  private static final String IN = "bare-bookings";
  private static final String MID = "bare-calls";
  private static final String OUT = "bare-links";
  private static final String TABLE = "bare-floor";
  private static final int CANDIDATES = 8;

  private final String bootstrapServers;
  private final DynamoDbClient dynamoDb;
  private final BareMail mail;
  private final KafkaProducer<byte[], byte[]> producer;
  private final List<Stage> stages = new ArrayList<>();
  private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
  private volatile Latencies current = new Latencies();
  private boolean closed;

  /**
   * On the given broker and DynamoDB Local; with {@code smtpPort} 0 no call email is sent, else
   * {@code onDelivery} registers the listener told of each message the SMTP server accepts.
   */
  BarePipeline(
      String bootstrapServers,
      String dynamoDbEndpoint,
      int smtpPort,
      java.util.function.Consumer<java.util.function.Consumer<MailServer.Delivery>> onDelivery)
      throws Exception {
    this.bootstrapServers = bootstrapServers;
    mail = smtpPort == 0 ? null : new BareMail(smtpPort, onDelivery, this::accepted);
    dynamoDb =
        DynamoDbClient.builder()
            .endpointOverride(URI.create(dynamoDbEndpoint))
            .region(Region.US_WEST_2)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .build();
    createTable();
    createTopics();
    producer = producer();
    stages.add(new Stage("bare-dispatch", IN, this::dispatch));
    stages.add(new Stage("bare-auth", MID, this::auth));
    stages.add(new Stage("bare-notification", OUT, this::notification));
    for (Stage stage : stages) {
      stage.ready.await();
    }
  }

  /**
   * {@code rate} bookings a second for {@code seconds}: publish to the SMTP server's accepting the
   * call email (to stage 3's claim written when there is no mail hop).
   */
  Latencies run(int rate, int seconds) {
    Latencies latencies = new Latencies();
    current = latencies;
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < rate * seconds; i++) {
      long wait = start + i * interval - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      String id = UUID.randomUUID().toString();
      ids.add(id);
      sentAt.put(id, System.nanoTime());
      producer.send(new ProducerRecord<>(IN, id.getBytes(), payload(id)));
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (ids.stream().anyMatch(sentAt::containsKey) && System.nanoTime() < deadline) {
      LockSupport.parkNanos(20_000_000);
    }
    ids.stream().filter(sentAt::containsKey).forEach(id -> latencies.miss());
    ids.forEach(sentAt::remove);
    return latencies;
  }

  /**
   * {@code count} bookings published at once: milliseconds until the last one's call email is
   * accepted (its claim written, without the mail hop), or -1 if not all within three minutes. The
   * floor of the stack's burst on the same machine.
   */
  long burst(int count) {
    current = new Latencies();
    List<String> ids = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      String id = UUID.randomUUID().toString();
      ids.add(id);
      sentAt.put(id, start);
      producer.send(new ProducerRecord<>(IN, id.getBytes(), payload(id)));
    }
    long deadline = start + Duration.ofMinutes(3).toNanos();
    while (ids.stream().anyMatch(sentAt::containsKey)) {
      if (System.nanoTime() > deadline) {
        ids.forEach(sentAt::remove);
        return -1;
      }
      LockSupport.parkNanos(5_000_000);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private void dispatch(ConsumerRecord<byte[], byte[]> record) {
    String id = new String(record.key());
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < CANDIDATES; i++) {
      keys.add(Map.of("pk", AttributeValue.fromS("hold#captain-" + i + "#2026-12-01")));
    }
    dynamoDb.batchGetItem(
        r ->
            r.requestItems(
                Map.of(
                    TABLE, KeysAndAttributes.builder().keys(keys).consistentRead(true).build())));
    conditionalPut("charter#" + id, record.value());
    producer.send(new ProducerRecord<>(MID, record.key(), record.value()));
  }

  private void auth(ConsumerRecord<byte[], byte[]> record) {
    conditionalPut("call#" + new String(record.key()), record.value());
    producer.send(new ProducerRecord<>(OUT, record.key(), record.value()));
  }

  private void notification(ConsumerRecord<byte[], byte[]> record) {
    String id = new String(record.key());
    conditionalPut("claim#" + id, record.value());
    if (mail == null) {
      accepted(id, System.nanoTime());
      return;
    }
    try {
      mail.send(id);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException("the SMTP server refused the call email", e);
    }
  }

  /** Booking {@code id}'s path ended at {@code nanos}: its claim, or its email accepted. */
  private void accepted(String id, long nanos) {
    Long sent = sentAt.remove(id);
    if (sent != null) {
      current.add(nanos - sent);
    }
  }

  private void conditionalPut(String key, byte[] value) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("pk", AttributeValue.fromS(key));
    item.put("v", AttributeValue.fromB(software.amazon.awssdk.core.SdkBytes.fromByteArray(value)));
    dynamoDb.putItem(
        r -> r.tableName(TABLE).item(item).conditionExpression("attribute_not_exists(pk)"));
  }

  /** About the size of a CharterBooked in Avro. */
  private static byte[] payload(String id) {
    return ByteBuffer.allocate(320).put(id.getBytes()).array();
  }

  private KafkaProducer<byte[], byte[]> producer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.LINGER_MS_CONFIG,
            0),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }

  private void createTopics() throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      for (String topic : List.of(IN, MID, OUT)) {
        try {
          admin
              .createTopics(List.of(new NewTopic(topic, Optional.of(3), Optional.empty())))
              .all()
              .get();
        } catch (Exception exists) {
          // a second run
        }
      }
    }
  }

  private void createTable() {
    try {
      dynamoDb.createTable(
          r ->
              r.tableName(TABLE)
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .attributeDefinitions(
                      a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                  .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
    } catch (ResourceInUseException exists) {
      // a second run
    }
  }

  /** Stops the stages, then the clients; a second call does nothing. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    stages.forEach(Stage::close);
    if (mail != null) {
      mail.close();
    }
    producer.close();
    dynamoDb.close();
  }

  /** One consumer thread: handle each record, commit once per poll. */
  private final class Stage {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile boolean running = true;

    Stage(
        String group,
        String topic,
        java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> handle) {
      consumer =
          new KafkaConsumer<>(
              Map.of(
                  ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                  bootstrapServers,
                  ConsumerConfig.GROUP_ID_CONFIG,
                  group,
                  ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                  false,
                  ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                  "latest"),
              new ByteArrayDeserializer(),
              new ByteArrayDeserializer());
      thread =
          new Thread(
              () -> {
                try {
                  consumer.subscribe(List.of(topic));
                  while (consumer.assignment().isEmpty()) {
                    consumer.poll(Duration.ofMillis(100));
                  }
                  consumer.assignment().forEach(consumer::position); // "latest" fixed now
                  ready.countDown();
                  while (running) {
                    var records = consumer.poll(Duration.ofMillis(500));
                    records.forEach(handle);
                    if (!records.isEmpty()) {
                      consumer.commitSync();
                    }
                  }
                } catch (WakeupException closing) {
                  // closing
                } finally {
                  ready.countDown();
                  consumer.close();
                }
              },
              group);
      thread.setDaemon(true);
      thread.start();
    }

    void close() {
      running = false;
      consumer.wakeup();
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
