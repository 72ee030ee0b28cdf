package io.crewdispatch.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Holds a listener's consumers while records are published, so each consumer finds them in one
 * fetch (what a backlog looks like): published to a running consumer, the first record often
 * answers its waiting fetch alone.
 *
 * <p>Pausing is not enough on its own: an idle consumer always has a fetch waiting at the broker
 * (up to {@code fetch.max.wait.ms}: 5 s for the services' main consumers, 500 ms for their side
 * consumers in tests), and pausing does not withdraw it. The first record published would answer
 * it, and the consumer keeps what a paused partition's fetch brought (KAFKA-7548) and hands it over
 * alone at resume: a backlog split in two. So the records are published only once every request the
 * consumers sent has been answered.
 */
public final class OneFetch {

  private OneFetch() {}

  public static void publish(
      KafkaListenerEndpointRegistry registry, String listenerId, Runnable publish) {
    MessageListenerContainer container = registry.getListenerContainer(listenerId);
    container.pause();
    try {
      await().atMost(Duration.ofSeconds(10)).until(container::isContainerPaused);
      await()
          .atMost(Duration.ofSeconds(15))
          .pollInterval(Duration.ofMillis(20))
          .until(() -> nothingInFlight(container));
      publish.run();
    } finally {
      container.resume();
    }
  }

  /** Every request the container's consumers sent has had its response. */
  static boolean nothingInFlight(MessageListenerContainer container) {
    double sent = 0;
    double answered = 0;
    for (Map<MetricName, ? extends Metric> metrics : container.metrics().values()) {
      for (Map.Entry<MetricName, ? extends Metric> metric : metrics.entrySet()) {
        if (!metric.getKey().group().equals("consumer-node-metrics")) {
          continue;
        }
        double value = ((Number) metric.getValue().metricValue()).doubleValue();
        switch (metric.getKey().name()) {
          case "request-total" -> sent += value;
          case "response-total" -> answered += value;
          default -> {}
        }
      }
    }
    return sent > 0 && sent == answered;
  }
}
