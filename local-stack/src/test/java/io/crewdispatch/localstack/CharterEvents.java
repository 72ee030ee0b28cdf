package io.crewdispatch.localstack;

import io.crewdispatch.events.serde.AvroEventDeserializer;
import io.crewdispatch.events.topic.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One topic read from outside, from its beginning to its current end, with no consumer group (the
 * test never counts as a consumer): the events keyed by one charter, decoded.
 */
final class CharterEvents {

  private final String bootstrapServers;
  private final AvroEventDeserializer decoder = new AvroEventDeserializer();

  CharterEvents(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  List<SpecificRecord> of(Topic topic, String charterId) {
    List<SpecificRecord> events = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic.topicName(), Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic.topicName() + " to its end");
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (charterId.equals(record.key())) {
            events.add(decoder.deserialize(record.topic(), record.headers(), record.value()));
          }
        }
      }
    }
    return events;
  }
}
