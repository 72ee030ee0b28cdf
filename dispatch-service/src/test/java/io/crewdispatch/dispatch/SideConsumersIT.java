package io.crewdispatch.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.testsupport.BatchedListeners;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Only the timeline's notification records are taken in batches; bookings, answers, the roster and
 * dead letters are fetched at every record.
 */
@DispatchIntegrationTest
class SideConsumersIT {

  @Autowired KafkaListenerEndpointRegistry listeners;
  @Autowired ApplicationContext context;

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

  @Test
  void onlyTheListenersAPersonWaitsOnRunTheServicesThreeConsumers() {
    // a booking and an answer wait on DynamoDB one record at a time per consumer; the rest share
    // one (these tests run every listener with one, so the declarations are what is checked)
    assertThat(BatchedListeners.declaredConsumers(context))
        .isEqualTo(
            Map.of(
                "dispatch-notification-events", "1",
                "dispatch-roster-members", "1",
                "dispatch-ops-events", "1",
                "dispatch-charter-events", "",
                "dispatch-auth-events", ""));
  }
}
