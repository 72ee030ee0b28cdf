package io.crewdispatch.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.testsupport.BatchedListeners;
import java.util.Map;
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
    assertThat(BatchedListeners.of(listeners))
        .isEqualTo(Map.of("dispatch-notification-events", "1 B, 500 ms"));
  }
}
