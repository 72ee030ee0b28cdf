package io.crewdispatch.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.console.support.ConsoleTestBase;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * The board's listeners on the topics every booking passes through fetch in short batches; the rare
 * topics (ops and statements, roster and portal) keep the platform's defaults.
 */
class BoardFetchIT extends ConsoleTestBase {

  @Autowired KafkaListenerEndpointRegistry listeners;

  @Test
  void theBookingTopicsFetchInBatchesOfAtMostAQuarterSecond() {
    assertThat(listeners.getListenerContainerIds()).contains("console-system", "console-roster");
    // the tests' environment sets the side consumers' size to 1 byte
    // (InfrastructureContextCustomizerFactory); the wait is the console's own
    assertThat(batched())
        .isEqualTo(
            Map.of(
                "console-auth-events", "1 B, 250 ms",
                "console-charter-events", "1 B, 250 ms",
                "console-dispatch-events", "1 B, 250 ms",
                "console-notification-events", "1 B, 250 ms"));
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
