package io.crewdispatch.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.console.support.ConsoleTestBase;
import io.crewdispatch.testsupport.BatchedListeners;
import java.util.Map;
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
    assertThat(BatchedListeners.of(listeners))
        .isEqualTo(
            Map.of(
                "console-auth-events", "1 B, 250 ms",
                "console-charter-events", "1 B, 250 ms",
                "console-dispatch-events", "1 B, 250 ms",
                "console-notification-events", "1 B, 250 ms"));
  }
}
