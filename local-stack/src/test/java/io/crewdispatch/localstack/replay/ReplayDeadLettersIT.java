package io.crewdispatch.localstack.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.testsupport.Infrastructure;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The replay command on the real broker: each dead letter goes back to its original topic and
 * partition with its key, value and own headers (the dead-letter ones dropped), a record
 * dead-lettered twice goes back once, a second run copies nothing again, and one record can be
 * picked by its original partition and offset.
 */
class ReplayDeadLettersIT {

  final String bootstrap = Infrastructure.kafkaBootstrapServers();
  final String topic = "replay-" + UUID.randomUUID();
  final String dlt = topic + "-dlt";

  @Test
  void eachDeadLetterGoesBackToItsPartitionOnceWithoutTheDeadLetterHeaders() throws Exception {
    createTopics();
    deadLetter("CH-1", "first", 1, 5);
    deadLetter("CH-1", "first", 1, 5); // recovered twice by the error handler
    deadLetter("CH-2", "second", 2, 9);

    ReplayDeadLetters.Result result = ReplayDeadLetters.run(bootstrap, List.of(dlt));

    assertThat(result.replayed()).isEqualTo(2);
    assertThat(result.duplicates()).isEqualTo(1);
    List<ConsumerRecord<String, String>> back = read(topic, 2);
    assertThat(back).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("CH-1", "CH-2");
    ConsumerRecord<String, String> first =
        back.stream().filter(r -> r.key().equals("CH-1")).findFirst().orElseThrow();
    assertThat(first.value()).isEqualTo("first");
    assertThat(first.partition()).isEqualTo(1);
    assertThat(new String(first.headers().lastHeader("trace").value(), StandardCharsets.UTF_8))
        .isEqualTo("first");
    assertThat(first.headers())
        .extracting(h -> h.key())
        .noneMatch(k -> k.startsWith("kafka_dlt-") || k.equals("crewdispatch-dlt-reason"));

    assertThat(ReplayDeadLetters.run(bootstrap, List.of(dlt)).replayed())
        .as("a second run copies nothing again")
        .isZero();

    ReplayDeadLetters.Result one =
        ReplayDeadLetters.run(bootstrap, List.of(dlt, "--partition", "2", "--offset", "9"));
    assertThat(one.replayed()).isEqualTo(1);
    assertThat(read(topic, 3)).extracting(ConsumerRecord::key).containsOnlyOnce("CH-1");
  }

  private void createTopics() throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin
          .createTopics(List.of(new NewTopic(topic, 3, (short) 1), new NewTopic(dlt, 3, (short) 1)))
          .all()
          .get();
    }
  }

  private void deadLetter(String key, String value, int partition, long offset) throws Exception {
    RecordHeaders headers = new RecordHeaders();
    headers.add("trace", value.getBytes(StandardCharsets.UTF_8));
    headers.add("kafka_dlt-original-topic", topic.getBytes(StandardCharsets.UTF_8));
    headers.add("kafka_dlt-original-partition", ByteBuffer.allocate(4).putInt(partition).array());
    headers.add("kafka_dlt-original-offset", ByteBuffer.allocate(8).putLong(offset).array());
    headers.add("crewdispatch-dlt-reason", "EventDecodingException: bad".getBytes());
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
            new StringSerializer(),
            new StringSerializer())) {
      producer.send(new ProducerRecord<>(dlt, partition, key, value, headers)).get();
    }
  }

  private List<ConsumerRecord<String, String>> read(String name, int expected) {
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new StringDeserializer(),
            new StringDeserializer())) {
      List<TopicPartition> partitions =
          List.of(
              new TopicPartition(name, 0),
              new TopicPartition(name, 1),
              new TopicPartition(name, 2));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      List<ConsumerRecord<String, String>> out = new ArrayList<>();
      long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (System.nanoTime() < until) {
        consumer.poll(Duration.ofMillis(200)).forEach(out::add);
        if (out.size() >= expected) {
          // a moment more, so a record too many would show
          consumer.poll(Duration.ofMillis(500)).forEach(out::add);
          break;
        }
      }
      return out;
    }
  }
}
