package io.crewdispatch.auth.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.auth.link.application.LinkStore;
import io.crewdispatch.auth.link.domain.Answer;
import io.crewdispatch.auth.support.AuthServiceTest;
import io.crewdispatch.auth.support.Calls;
import io.crewdispatch.auth.support.CrewClient;
import io.crewdispatch.auth.support.IssuedPair;
import io.crewdispatch.auth.support.MutableClock;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.KafkaProbe;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An answer recorded but never acknowledged by the broker (the process died between the two) is
 * published later, once, under the eventId chosen when it was recorded.
 */
@AuthServiceTest
class AnswerOutboxIT {

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired LinkStore store;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @BeforeEach
  void setUp() {
    clock.reset();
  }

  @Test
  void anAnswerWhoseEventWasNeverSentIsPublishedLaterUnderItsOwnEventId() {
    IssuedPair links =
        IssuedPair.call(probe, Calls.captainCalled(Calls.charterId(), clock.instant()));
    String eventId = UUID.randomUUID().toString();
    // What a POST does before it publishes: the process "dies" right after this write.
    assertThat(store.recordAnswer(links.callId(), Answer.ACCEPTED, eventId, clock.instant()))
        .isTrue();
    assertThat(new CrewClient(port).get("accept", links.acceptToken()).statusCode()).isEqualTo(409);

    clock.advance(Duration.ofSeconds(11)); // older than the outbox's min-age

    TokenAccepted accepted =
        probe.await(
            Topic.AUTH_EVENTS, TokenAccepted.class, e -> e.getCallId().equals(links.callId()));
    assertThat(accepted.getEventId()).isEqualTo(eventId);
    assertThat(accepted.getCharterId()).isEqualTo(links.charterId());
    await()
        .untilAsserted(
            () -> assertThat(CrewPagesIT.callItem(links.callId())).doesNotContainKey("outbox"));
    await()
        .during(Duration.ofMillis(600))
        .atMost(Duration.ofSeconds(3))
        .untilAsserted(
            () ->
                assertThat(
                        probe.events(
                            Topic.AUTH_EVENTS,
                            TokenAccepted.class,
                            e -> e.getCallId().equals(links.callId())))
                    .hasSize(1));
  }
}
