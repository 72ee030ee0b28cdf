package io.crewdispatch.bench;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The floor our path stands on: one bare Kafka hop and one DynamoDB Local conditional write. */
final class Floor {

  private Floor() {}

  /** Produce then consume one small record at a time on the same broker (acks=all, as services). */
  static Latencies kafkaHop(String bootstrapServers, int count) throws Exception {
    String topic = "bench-floor";
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      admin
          .createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty())))
          .all()
          .get();
    } catch (Exception exists) {
      // a second run
    }
    Latencies hops = new Latencies();
    try (var producer =
            new KafkaProducer<byte[], byte[]>(
                Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrapServers,
                    ProducerConfig.ACKS_CONFIG,
                    "all",
                    ProducerConfig.LINGER_MS_CONFIG,
                    0),
                new ByteArraySerializer(),
                new ByteArraySerializer());
        var consumer =
            new KafkaConsumer<byte[], byte[]>(
                Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrapServers,
                    ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                    500),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
      TopicPartition partition = new TopicPartition(topic, 0);
      consumer.assign(List.of(partition));
      consumer.seekToEnd(List.of(partition));
      consumer.position(partition);
      for (int i = 0; i < count; i++) {
        long sent = System.nanoTime();
        producer.send(new ProducerRecord<>(topic, ByteBuffer.allocate(8).putLong(sent).array()));
        boolean received = false;
        while (!received) {
          for (var record : consumer.poll(Duration.ofMillis(100))) {
            hops.add(System.nanoTime() - ByteBuffer.wrap(record.value()).getLong());
            received = true;
          }
        }
      }
    }
    return hops;
  }

  /** One conditional put (attribute_not_exists) per item, as services write state. */
  static Latencies dynamoDbConditionalWrite(String endpoint, int count) {
    Latencies writes = new Latencies();
    try (DynamoDbClient client =
        DynamoDbClient.builder()
            .endpointOverride(URI.create(endpoint))
            .region(Region.US_WEST_2)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .build()) {
      String table = "bench-floor";
      try {
        client.createTable(
            r ->
                r.tableName(table)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                        a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
      } catch (ResourceInUseException exists) {
        // a second run
      }
      for (int i = 0; i < count + 50; i++) {
        String key = UUID.randomUUID().toString();
        long start = System.nanoTime();
        client.putItem(
            r ->
                r.tableName(table)
                    .conditionExpression("attribute_not_exists(pk)")
                    .item(Map.of("pk", AttributeValue.fromS(key), "v", AttributeValue.fromN("1"))));
        if (i >= 50) { // the first writes warm the connection pool and the JIT
          writes.add(System.nanoTime() - start);
        }
      }
    }
    return writes;
  }
}
