package io.crewdispatch.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.auth.support.AuthServiceTest;
import io.crewdispatch.platform.kafka.SideConsumer;
import io.crewdispatch.testsupport.BatchedListeners;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Only the listeners nobody waits on take their records in batches; the links of a call (booking →
 * first call, accept → crew called) and the accept page's outcome are fetched at every record.
 */
@AuthServiceTest
class SideConsumersIT {

  @Autowired KafkaListenerEndpointRegistry listeners;

  @Test
  void onlyThePortalAndTheCancellationsWaitForABatch() {
    assertThat(listeners.getListenerContainerIds())
        .contains("auth-dispatch-events", "auth-call-outcomes", "auth-portal-roster");
    // the tests' environment sets 1 byte and 500 ms (InfrastructureContextCustomizerFactory)
    assertThat(BatchedListeners.of(listeners))
        .isEqualTo(Map.of("auth-charter-events", "1 B, 500 ms", "auth-portal", "1 B, 500 ms"));
  }

  @Test
  void outsideTestsABatchIs64KbOrOneSecond() {
    StandardEnvironment plain = new StandardEnvironment();
    assertThat(plain.resolveRequiredPlaceholders(SideConsumer.FETCH_MIN_BYTES))
        .isEqualTo("fetch.min.bytes=65536");
    assertThat(plain.resolveRequiredPlaceholders(SideConsumer.FETCH_MAX_WAIT))
        .isEqualTo("fetch.max.wait.ms=1000");
  }

  @Test
  void onlyTheListenersAPersonWaitsOnRunThreeConsumers() {
    // a booking's link and the accept page's outcome wait on DynamoDB one record at a time per
    // consumer; the rest share one
    assertThat(BatchedListeners.consumers(listeners))
        .isEqualTo(
            Map.of(
                "auth-charter-events",
                1,
                "auth-portal",
                1,
                "auth-portal-roster",
                1,
                "auth-dispatch-events",
                3,
                "auth-call-outcomes",
                3));
  }
}
