package io.crewdispatch.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Holds a listener's consumers while records are published, so each consumer finds them in one
 * fetch (what a backlog looks like): published to a running consumer, the first record often
 * answers its waiting fetch alone.
 */
public final class OneFetch {

  private OneFetch() {}

  public static void publish(
      KafkaListenerEndpointRegistry registry, String listenerId, Runnable publish) {
    MessageListenerContainer container = registry.getListenerContainer(listenerId);
    container.pause();
    try {
      await().atMost(Duration.ofSeconds(10)).until(container::isContainerPaused);
      publish.run();
    } finally {
      container.resume();
    }
  }
}
