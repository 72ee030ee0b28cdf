package io.crewdispatch.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.console.support.ConsoleTestBase;
import io.crewdispatch.testsupport.BatchedListeners;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The board's listener on the topics every booking passes through is one batch listener that
 * fetches in short batches; the rare topics (ops and statements, roster and portal) keep the
 * platform's defaults. All of them are in the console's one consumer group.
 */
class BoardFetchIT extends ConsoleTestBase {

  @Autowired KafkaListenerEndpointRegistry listeners;
  @Autowired Environment environment;

  @Test
  void theBookingTopicsFetchInBatchesOfAtMostAQuarterSecond() {
    assertThat(listeners.getListenerContainerIds())
        .containsExactlyInAnyOrder("console-booking-topics", "console-system", "console-roster");
    // the tests' environment sets the side consumers' size to 1 byte
    // (InfrastructureContextCustomizerFactory); the wait is the console's own
    assertThat(BatchedListeners.of(listeners))
        .isEqualTo(Map.of("console-booking-topics", "1 B, 250 ms"));
    MessageListenerContainer booking = listeners.getListenerContainer("console-booking-topics");
    assertThat(booking.getContainerProperties().getTopics())
        .containsExactlyInAnyOrder(
            "charter-events", "dispatch-events", "auth-events", "notification-events");
    assertThat(booking.getContainerProperties().getMessageListener())
        .isInstanceOf(BatchMessageListener.class);
    assertThat(listeners.getListenerContainers())
        .extracting(MessageListenerContainer::getGroupId)
        .containsOnly(environment.getProperty("spring.kafka.consumer.group-id"));
  }
}
