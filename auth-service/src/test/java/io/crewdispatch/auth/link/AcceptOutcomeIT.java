package io.crewdispatch.auth.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.auth.support.AuthServiceTest;
import io.crewdispatch.auth.support.Calls;
import io.crewdispatch.auth.support.CrewClient;
import io.crewdispatch.auth.support.IssuedPair;
import io.crewdispatch.auth.support.MutableClock;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.ReleaseReason;
import io.crewdispatch.events.SeatReleased;
import io.crewdispatch.events.WithdrawalReason;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * DESIGN.md flow 10, "the page tells the truth": after the POST the accept page says the answer is
 * being confirmed, and shows dispatch's decision — read from dispatch-events on the real broker —
 * at an address that carries no link token.
 */
@AuthServiceTest
class AcceptOutcomeIT {

  private static final Pattern STATUS = Pattern.compile("data-status=\"([^\"]+)/status\"");
  private static final String CONFIRMING = "We&#39;ve got your answer — confirming…";

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();
  CrewClient crew;

  @BeforeEach
  void setUp() {
    clock.reset();
    crew = new CrewClient(port);
  }

  @Test
  void thePageSaysConfirmedOnlyOnceDispatchHasConfirmed() {
    IssuedPair links = issue();
    HttpResponse<String> pressed = crew.press("accept", links.acceptToken());
    String status = statusPath(pressed.body());

    assertThat(pressed.body()).contains(CONFIRMING).doesNotContain("You&#39;re confirmed");
    assertThat(status).doesNotContain(links.acceptToken()).contains(links.callId());
    // Without script the page reloads itself; with script, answer.js polls the card.
    assertThat(pressed.body())
        .contains("<noscript><meta http-equiv=\"refresh\" content=\"3;url=answers/")
        .contains("<script src=\"/assets/answer.js\" defer></script>");
    HttpResponse<String> before = crew.raw(status);
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.body()).contains(CONFIRMING).doesNotContain("You&#39;re confirmed");

    probe.publish(
        Topic.DISPATCH_EVENTS,
        links.charterId(),
        CaptainConfirmed.newBuilder(Samples.captainConfirmed(links.charterId()))
            .setCallId(links.callId())
            .setOccurredAt(later())
            .build());

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(crew.raw(status + "/status").body())
                    .contains("You&#39;re confirmed as captain on Sea Breeze"));
    HttpResponse<String> card = crew.raw(status + "/status");
    assertThat(card.body()).startsWith("<main").doesNotContain("data-status", "<script");
    assertThat(crew.raw(status).body()).doesNotContain("http-equiv=\"refresh\"");
  }

  @Test
  void anAcceptHeldElsewhereSaysSoInPlainWords() {
    IssuedPair links = issue();
    String status = statusPath(crew.press("accept", links.acceptToken()).body());

    probe.publish(
        Topic.DISPATCH_EVENTS,
        links.charterId(),
        CallWithdrawn.newBuilder(Samples.callWithdrawn(links.charterId()))
            .setCallId(links.callId())
            .setReason(WithdrawalReason.HELD_ELSEWHERE)
            .setOccurredAt(later())
            .build());

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(crew.raw(status).body())
                    .contains(
                        "You&#39;re not confirmed on this charter",
                        "You&#39;re already confirmed on another charter at that time")
                    .doesNotContain(CONFIRMING));
  }

  @Test
  void aSeatReleasedAfterTheConfirmationIsTheLatestTruth() {
    IssuedPair links = issue();
    String status = statusPath(crew.press("accept", links.acceptToken()).body());
    Instant confirmedAt = later();
    probe.publish(
        Topic.DISPATCH_EVENTS,
        links.charterId(),
        CaptainConfirmed.newBuilder(Samples.captainConfirmed(links.charterId()))
            .setCallId(links.callId())
            .setOccurredAt(confirmedAt)
            .build());
    probe.publish(
        Topic.DISPATCH_EVENTS,
        links.charterId(),
        SeatReleased.newBuilder()
            .setEventId(Samples.eventId())
            .setOccurredAt(confirmedAt.plusSeconds(5))
            .setCharterId(links.charterId())
            .setPerson(Samples.captain("alex-marlow"))
            .setRole(Rank.CAPTAIN)
            .setReason(ReleaseReason.UNAVAILABLE)
            .setCharter(Samples.charterSummary())
            .build());

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(crew.raw(status).body())
                    .contains("The roster shows you unavailable that day"));
    HttpResponse<String> json = crew.rawJson(status);
    assertThat(json.body()).contains("\"outcome\":\"NOT_CONFIRMED\"", "\"reason\":\"UNAVAILABLE\"");
  }

  @Test
  void theStatusAddressNeedsTheAnswersReceipt() {
    IssuedPair links = issue();
    String status = statusPath(crew.press("accept", links.acceptToken()).body());
    String forged = status.substring(0, status.lastIndexOf('/') + 1) + "A" + "x".repeat(42);

    assertThat(crew.raw(forged).statusCode()).isEqualTo(404);
    assertThat(crew.raw(forged + "/status").body()).doesNotContain("Sea Breeze");
    assertThat(crew.raw("/crew/answers/no-such-call/whatever").statusCode()).isEqualTo(404);
  }

  private Instant later() {
    return clock.instant().plusSeconds(1);
  }

  /** The status page's address, from the page's poll attribute (relative to /crew/). */
  private static String statusPath(String html) {
    Matcher matcher = STATUS.matcher(html);
    if (!matcher.find()) {
      throw new AssertionError("No status address on the page:\n" + html);
    }
    return "/crew/" + matcher.group(1);
  }

  private IssuedPair issue() {
    return IssuedPair.call(probe, Calls.captainCalled(Calls.charterId(), clock.instant()));
  }
}
