package io.crewdispatch.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Only the timeline's notification records are taken in batches; bookings, answers, the roster and
 * dead letters are fetched at every record.
 */
@DispatchIntegrationTest
class SideConsumersIT {

  @Autowired KafkaListenerEndpointRegistry listeners;

  @Test
  void onlyTheNotificationTimelineWaitsForABatch() {
    assertThat(listeners.getListenerContainerIds())
        .contains(
            "dispatch-charter-events",
            "dispatch-auth-events",
            "dispatch-roster-members",
            "dispatch-ops-events");
    // the tests' environment sets 1 byte and 500 ms (InfrastructureContextCustomizerFactory)
    assertThat(batched()).isEqualTo(Map.of("dispatch-notification-events", "1 B, 500 ms"));
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
