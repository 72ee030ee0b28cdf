package io.crewdispatch.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.notification.support.NotificationIT;
import io.crewdispatch.testsupport.BatchedListeners;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * The follow-up texts of calls (due at half a call's window), the answers that cancel them and
 * dispatch's decisions (confirmations, withdrawals, stalls: emails nobody waits on by the second)
 * are taken in batches; calls (auth-links), statements and office alerts are fetched at every
 * record.
 */
@NotificationIT
class SideConsumersIT {

  @Autowired KafkaListenerEndpointRegistry listeners;

  @Test
  void onlyFollowUpsAnswersAndDispatchsDecisionsWaitForABatch() {
    assertThat(listeners.getListenerContainerIds())
        .contains(
            "notification-auth-links",
            "notification-call-follow-ups",
            "notification-dispatch-events",
            "notification-statement-events",
            "notification-ops-events");
    // the tests' environment sets 1 byte and 500 ms (InfrastructureContextCustomizerFactory)
    assertThat(BatchedListeners.of(listeners))
        .isEqualTo(
            Map.of(
                "notification-auth-events",
                "1 B, 500 ms",
                "notification-call-follow-ups",
                "1 B, 500 ms",
                "notification-dispatch-events",
                "1 B, 500 ms"));
  }

  @Test
  void onlyTheListenerAPersonWaitsOnRunsThreeConsumers() {
    // a call's link waits on DynamoDB one record at a time per consumer; the rest share one
    assertThat(BatchedListeners.consumers(listeners))
        .isEqualTo(
            Map.of(
                "notification-auth-events",
                1,
                "notification-statement-events",
                1,
                "notification-ops-events",
                1,
                "notification-auth-links",
                3,
                "notification-call-follow-ups",
                1,
                "notification-dispatch-events",
                1));
  }
}
