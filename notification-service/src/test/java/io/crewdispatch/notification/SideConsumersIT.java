package io.crewdispatch.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.notification.support.NotificationIT;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Only the answers that cancel follow-up texts are taken in batches; calls (auth-links),
 * confirmations and withdrawals (dispatch-events), statements and office alerts are fetched at
 * every record.
 */
@NotificationIT
class SideConsumersIT {

  @Autowired KafkaListenerEndpointRegistry listeners;

  @Test
  void onlyTheAnswersForFollowUpsWaitForABatch() {
    assertThat(listeners.getListenerContainerIds())
        .contains(
            "notification-auth-links",
            "notification-dispatch-events",
            "notification-statement-events",
            "notification-ops-events");
    // the tests' environment sets 1 byte and 500 ms (InfrastructureContextCustomizerFactory)
    assertThat(batched()).isEqualTo(Map.of("notification-auth-events", "1 B, 500 ms"));
  }

  /** Listener id → the fetch it overrides, as its container passes it to the consumer factory. */
  private Map<String, String> batched() {
    Map<String, String> out = new TreeMap<>();
    for (String id : listeners.getListenerContainerIds()) {
      Properties own =
          listeners.getListenerContainer(id).getContainerProperties().getKafkaConsumerProperties();
      if (own.getProperty("fetch.min.bytes") != null) {
        out.put(
            id,
            own.getProperty("fetch.min.bytes")
                + " B, "
                + own.getProperty("fetch.max.wait.ms")
                + " ms");
      }
    }
    return out;
  }
}
