package io.crewdispatch.dispatch.benchmark;

import io.crewdispatch.events.serde.AvroEventDeserializer;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Infrastructure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads dispatch-events from now on and hands each event to a callback as it arrives: a lighter
 * watcher than the test probe, which re-decodes everything it holds on every check.
 */
final class DispatchEventsTap implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final Thread poller;
  private volatile boolean running = true;

  DispatchEventsTap(Consumer<SpecificRecord> onEvent) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    String topic = Topic.DISPATCH_EVENTS.topicName();
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    AvroEventDeserializer deserializer = new AvroEventDeserializer();
    poller =
        new Thread(
            () -> {
              try {
                while (running) {
                  consumer
                      .poll(Duration.ofMillis(50))
                      .forEach(r -> onEvent.accept(deserializer.deserialize(topic, r.value())));
                }
              } catch (WakeupException closing) {
                // closing
              } finally {
                consumer.close();
              }
            },
            "benchmark-tap");
    poller.setDaemon(true);
    poller.start();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    consumer.wakeup();
    poller.join(5_000);
  }
}
