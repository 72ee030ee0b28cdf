package io.crewdispatch.bench;

import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.serde.AvroEventDeserializer;
import io.crewdispatch.events.topic.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches the topics between the booking and the email, noting when each charter's CaptainCalled
 * and AcceptLinkIssued appear, so the report can say which hop the time goes to; and, for the
 * accept path, when its TokenAccepted, its first CrewCalled and its first crew AcceptLinkIssued
 * appear.
 */
final class Stages implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final AvroEventDeserializer deserializer = new AvroEventDeserializer();
  private final Map<String, Long> captainCalled = new ConcurrentHashMap<>();
  private final Map<String, Long> linkIssued = new ConcurrentHashMap<>();
  private final Map<String, Long> tokenAccepted = new ConcurrentHashMap<>();
  private final Map<String, Long> crewCalled = new ConcurrentHashMap<>();
  private final Map<String, Long> crewLinkIssued = new ConcurrentHashMap<>();
  private final Thread poller;
  private volatile boolean running = true;

  Stages(String bootstrapServers) {
    consumer =
        new KafkaConsumer<>(
            consumerConfig(bootstrapServers),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (Topic topic : List.of(Topic.DISPATCH_EVENTS, Topic.AUTH_LINKS, Topic.AUTH_EVENTS)) {
      consumer
          .partitionsFor(topic.topicName(), Duration.ofSeconds(10))
          .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    poller = new Thread(this::poll, "stages");
    poller.setDaemon(true);
    poller.start();
  }

  /**
   * A long-polled fetch, as the services' own: the broker answers a waiting fetch as soon as a
   * record is appended (fetch.min.bytes 1), so a record is seen no later than with a short wait.
   * Until 4 Dec 2026 this fetch waited 10 ms: an empty fetch every 10 ms or so whenever nothing
   * came, which the broker served for the whole run (4.3 CPU-s a minute more on an idle broker,
   * BENCHMARKS.md of that day), charged to the stack's cost per booking though the bench made them.
   */
  static Map<String, Object> consumerConfig(String bootstrapServers) {
    return Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        bootstrapServers,
        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
        FETCH_MAX_WAIT_MS);
  }

  /** Kafka's own default, the floor's consumer's too. */
  static final int FETCH_MAX_WAIT_MS = 500;

  Long captainCalled(String charterId) {
    return captainCalled.get(charterId);
  }

  Long linkIssued(String charterId) {
    return linkIssued.get(charterId);
  }

  Long tokenAccepted(String charterId) {
    return tokenAccepted.get(charterId);
  }

  Long crewCalled(String charterId) {
    return crewCalled.get(charterId);
  }

  Long crewLinkIssued(String charterId) {
    return crewLinkIssued.get(charterId);
  }

  private void poll() {
    while (running) {
      for (var record : consumer.poll(Duration.ofMillis(100))) {
        long now = System.nanoTime();
        try {
          Object event = deserializer.deserialize(record.topic(), record.value());
          if (event instanceof CaptainCalled called) {
            captainCalled.putIfAbsent(called.getCharterId(), now);
          } else if (event instanceof AcceptLinkIssued issued) {
            (issued.getRole().name().equals("CAPTAIN") ? linkIssued : crewLinkIssued)
                .putIfAbsent(issued.getCharterId(), now);
          } else if (event instanceof TokenAccepted accepted) {
            tokenAccepted.putIfAbsent(accepted.getCharterId(), now);
          } else if (event instanceof CrewCalled called) {
            crewCalled.putIfAbsent(called.getCharterId(), now);
          }
        } catch (RuntimeException other) {
          // an event the report does not time
        }
      }
    }
    consumer.close();
  }

  @Override
  public void close() {
    running = false;
  }
}
