package io.crewdispatch.auth.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.auth.link.domain.LinkKey;
import io.crewdispatch.auth.link.domain.LinkToken;
import io.crewdispatch.auth.link.domain.Purpose;
import io.crewdispatch.auth.support.AuthServiceTest;
import io.crewdispatch.auth.support.Calls;
import io.crewdispatch.auth.support.CrewClient;
import io.crewdispatch.auth.support.IssuedPair;
import io.crewdispatch.auth.support.MutableClock;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.TokenDeclined;
import io.crewdispatch.events.WithdrawalReason;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.json.JsonMapper;

/** The accept and decline pages over real HTTP, with links minted from real dispatch events. */
@AuthServiceTest
class CrewPagesIT {

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
  void openingTheAcceptPageTwiceChangesNothingAndOnePressEmitsExactlyOneTokenAccepted() {
    IssuedPair links = issue();
    // Minting writes the call's state once, before its links are announced.
    Map<String, AttributeValue> before = callItem(links.callId());

    HttpResponse<String> first = crew.get("accept", links.acceptToken());
    HttpResponse<String> second = crew.get("accept", links.acceptToken());

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("Sea Breeze", ">Accept</button>", "9:30 AM P");
    assertThat(callItem(links.callId())).isEqualTo(before);

    HttpResponse<String> pressed =
        crew.post("accept", links.acceptToken(), CrewClient.csrfOf(second.body()));

    assertThat(pressed.statusCode()).isEqualTo(200);
    // Only dispatch confirms (AcceptOutcomeIT): the answer is received, not yet a seat.
    assertThat(pressed.body()).contains("We&#39;ve got your answer — confirming…");
    assertThat(pressed.body()).doesNotContain("confirmed");
    assertThat(CrewClient.hasForm(pressed.body())).isFalse();
    TokenAccepted accepted =
        probe.await(
            Topic.AUTH_EVENTS, TokenAccepted.class, e -> e.getCallId().equals(links.callId()));
    assertThat(accepted.getCharterId()).isEqualTo(links.charterId());
    assertThat(accepted.getCrewId()).isEqualTo("alex-marlow");
    assertThat(accepted.getRole().name()).isEqualTo("CAPTAIN");
    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(3))
        .untilAsserted(() -> assertThat(acceptances(links.callId())).hasSize(1));
  }

  @Test
  void pagesForbidCachingReferrersFramingAndForeignContent() {
    IssuedPair links = issue();

    HttpResponse<String> page = crew.get("accept", links.acceptToken());

    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'", "form-action 'self'", "frame-ancestors 'none'");
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    // The test context's public base URL is https://crew.example.com: the pages are public.
    assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
  }

  @Test
  void replayingAUsedLinkIsAConflictPageWithoutAForm() {
    IssuedPair links = issue();
    String csrf = CrewClient.csrfOf(crew.get("accept", links.acceptToken()).body());
    assertThat(crew.post("accept", links.acceptToken(), csrf).statusCode()).isEqualTo(200);

    HttpResponse<String> replay = crew.post("accept", links.acceptToken(), csrf);
    HttpResponse<String> reopened = crew.get("accept", links.acceptToken());

    assertThat(replay.statusCode()).isEqualTo(409);
    assertThat(replay.body()).contains("You already accepted", "You accepted this charter on");
    assertThat(CrewClient.hasForm(replay.body())).isFalse();
    assertThat(reopened.statusCode()).isEqualTo(409);
    assertThat(CrewClient.hasForm(reopened.body())).isFalse();
  }

  @Test
  void usingTheAcceptLinkKillsItsDeclineTwin() {
    IssuedPair links = issue();
    String declineCsrf = CrewClient.csrfOf(crew.get("decline", links.declineToken()).body());
    assertThat(crew.press("accept", links.acceptToken()).statusCode()).isEqualTo(200);

    HttpResponse<String> decline = crew.post("decline", links.declineToken(), declineCsrf);

    assertThat(decline.statusCode()).isEqualTo(409);
    assertThat(decline.body()).contains("You already accepted");
    assertThat(crew.get("decline", links.declineToken()).statusCode()).isEqualTo(409);
    probe.await(Topic.AUTH_EVENTS, TokenAccepted.class, e -> e.getCallId().equals(links.callId()));
    assertThat(declines(links.callId())).isEmpty();
  }

  @Test
  void acceptingAfterDecliningIsAConflictThatSaysSo() {
    IssuedPair links = issue();
    String acceptCsrf = CrewClient.csrfOf(crew.get("accept", links.acceptToken()).body());

    HttpResponse<String> declined = crew.press("decline", links.declineToken());
    HttpResponse<String> accepted = crew.post("accept", links.acceptToken(), acceptCsrf);

    assertThat(declined.statusCode()).isEqualTo(200);
    assertThat(declined.body())
        .contains("Thanks, we&#39;ve let the office know you can&#39;t make it");
    assertThat(accepted.statusCode()).isEqualTo(409);
    assertThat(accepted.body()).contains("You already declined");
    TokenDeclined event =
        probe.await(
            Topic.AUTH_EVENTS, TokenDeclined.class, e -> e.getCallId().equals(links.callId()));
    assertThat(event.getCrewId()).isEqualTo("alex-marlow");
    assertThat(acceptances(links.callId())).isEmpty();
  }

  @Test
  void aLateAcceptWithinTheGraceStillWins() {
    IssuedPair links = issue();
    String csrf = CrewClient.csrfOf(crew.get("accept", links.acceptToken()).body());

    clock.advance(Duration.ofHours(2).plusMinutes(20)); // past respondBy, inside the 30 min grace

    assertThat(crew.post("accept", links.acceptToken(), csrf).statusCode()).isEqualTo(200);
  }

  @Test
  void anExpiredLinkIsGoneAndOffersNoForm() {
    IssuedPair links = issue();
    String csrf = CrewClient.csrfOf(crew.get("accept", links.acceptToken()).body());

    clock.advance(Duration.ofHours(2).plusMinutes(31));
    HttpResponse<String> page = crew.get("accept", links.acceptToken());
    HttpResponse<String> pressed = crew.post("accept", links.acceptToken(), csrf);

    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(page.body()).contains("This link has expired");
    assertThat(CrewClient.hasForm(page.body())).isFalse();
    assertThat(pressed.statusCode()).isEqualTo(410);
    assertThat(acceptances(links.callId())).isEmpty();
  }

  @Test
  void aWithdrawnCallIsGoneWithItsReason() {
    IssuedPair links = issue();
    String csrf = CrewClient.csrfOf(crew.get("accept", links.acceptToken()).body());

    probe.publish(
        Topic.DISPATCH_EVENTS,
        links.charterId(),
        CallWithdrawn.newBuilder(Samples.callWithdrawn(links.charterId()))
            .setCallId(links.callId())
            .setReason(WithdrawalReason.FILLED_BY_OTHER)
            .build());
    await().untilAsserted(() -> assertThat(callItem(links.callId())).containsKey("revokedAt"));
    HttpResponse<String> pressed = crew.post("accept", links.acceptToken(), csrf);

    assertThat(pressed.statusCode()).isEqualTo(410);
    assertThat(pressed.body()).contains("This charter has been filled");
    assertThat(CrewClient.hasForm(pressed.body())).isFalse();
    assertThat(acceptances(links.callId())).isEmpty();
  }

  @Test
  void cancellingTheCharterKillsEveryLinkItHas() {
    String charterId = Calls.charterId();
    IssuedPair captain = IssuedPair.call(probe, Calls.captainCalled(charterId, clock.instant()));
    IssuedPair deckhand = IssuedPair.call(probe, Calls.crewCalled(charterId, clock.instant()));

    probe.publish(
        Topic.CHARTER_EVENTS,
        charterId,
        CharterCancelled.newBuilder(Samples.charterCancelled(charterId))
            .setOccurredAt(clock.instant())
            .build());
    await().untilAsserted(() -> assertThat(callItem(deckhand.callId())).containsKey("revokedAt"));

    for (HttpResponse<String> page :
        List.of(
            crew.get("accept", captain.acceptToken()),
            crew.get("decline", captain.declineToken()),
            crew.get("accept", deckhand.acceptToken()))) {
      assertThat(page.statusCode()).isEqualTo(410);
      assertThat(page.body()).contains("This charter was cancelled");
    }
  }

  @Test
  void forgedTruncatedAndMalformedTokensAllGetTheSameNotFoundPage() {
    IssuedPair links = issue();
    String real = links.acceptToken();
    String forged =
        LinkToken.derive(
                new LinkKey("attacker", "a key the attacker made up, 32+ bytes".getBytes()),
                links.charterId(),
                links.callId(),
                Purpose.ACCEPT)
            .value();
    List<String> bad =
        List.of(
            forged,
            real.substring(0, real.length() - 1),
            real + "A",
            "cdl_" + "A".repeat(43),
            "not-a-token",
            links.declineToken()); // a real token, on the wrong page

    HttpResponse<String> reference = crew.get("accept", bad.get(0));
    assertThat(reference.statusCode()).isEqualTo(404);
    assertThat(reference.body())
        .contains("This link doesn&#39;t work")
        .doesNotContain("Sea Breeze");
    for (String token : bad) {
      HttpResponse<String> page = crew.get("accept", token);
      assertThat(page.statusCode()).as(token).isEqualTo(404);
      assertThat(page.body()).as(token).isEqualTo(reference.body());
    }
    assertThat(crew.get("accept", null).statusCode()).isEqualTo(404);
    assertThat(crew.post("accept", forged, "1.x").statusCode()).isEqualTo(404);
  }

  @Test
  void aFormFromAnotherCharterCannotSubmitThisLink() {
    IssuedPair mine = issue();
    IssuedPair other = issue();
    String myCsrf = CrewClient.csrfOf(crew.get("accept", mine.acceptToken()).body());

    HttpResponse<String> pressed = crew.post("accept", other.acceptToken(), myCsrf);
    HttpResponse<String> noCsrf = crew.post("accept", other.acceptToken(), null);

    assertThat(pressed.statusCode()).isEqualTo(403);
    assertThat(pressed.body()).contains("Please try again").doesNotContain("Sea Breeze");
    assertThat(noCsrf.statusCode()).isEqualTo(403);
    assertThat(crew.get("accept", other.acceptToken()).statusCode()).isEqualTo(200);
    assertThat(acceptances(other.callId())).isEmpty();
  }

  @Test
  void aPostTheBrowserMarksCrossSiteIsRefused() {
    IssuedPair links = issue();
    String csrf = CrewClient.csrfOf(crew.get("accept", links.acceptToken()).body());

    HttpResponse<String> crossSite =
        crew.post("accept", links.acceptToken(), csrf, "Sec-Fetch-Site", "cross-site");
    HttpResponse<String> foreignOrigin =
        crew.post("accept", links.acceptToken(), csrf, "Origin", "https://elsewhere.example.com");

    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(foreignOrigin.statusCode()).isEqualTo(403);
    assertThat(crew.get("accept", links.acceptToken()).statusCode()).isEqualTo(200);
  }

  @Test
  void twoConcurrentPressesOfOneLinkGiveOneSuccessAndOneAlreadyAccepted() throws Exception {
    IssuedPair links = issue();
    String csrf = CrewClient.csrfOf(crew.get("accept", links.acceptToken()).body());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> presses = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        presses.add(
            threads.submit(
                () -> {
                  start.await();
                  return crew.post("accept", links.acceptToken(), csrf).statusCode();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> press : presses) {
        statuses.add(press.get(15, TimeUnit.SECONDS));
      }

      assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    } finally {
      threads.shutdownNow();
    }
    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(acceptances(links.callId())).hasSize(1));
  }

  @Test
  void apiClientsGetTheSameOutcomesAsJson() {
    IssuedPair links = issue();

    HttpResponse<String> page = crew.getJson("accept", links.acceptToken());
    String csrf = JsonMapper.builder().build().readTree(page.body()).get("csrf").asString();
    HttpResponse<String> pressed = crew.postJson("accept", links.acceptToken(), csrf);
    HttpResponse<String> replay = crew.postJson("accept", links.acceptToken(), csrf);
    HttpResponse<String> unknown = crew.getJson("accept", "cdl_nothing");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "\"outcome\":\"OPEN\"",
            "\"vessel\":\"Sea Breeze\"",
            "\"timeZone\":\"America/Los_Angeles\"");
    assertThat(pressed.statusCode()).isEqualTo(200);
    assertThat(pressed.body()).contains("\"outcome\":\"ANSWERED\"", "\"answer\":\"ACCEPTED\"");
    assertThat(replay.statusCode()).isEqualTo(409);
    assertThat(replay.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(replay.body()).contains("\"outcome\":\"ALREADY_ACCEPTED\"", "\"answeredAt\"");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("\"field\":\"token\"");
  }

  private IssuedPair issue() {
    CaptainCalled call = Calls.captainCalled(Calls.charterId(), clock.instant());
    return IssuedPair.call(probe, call);
  }

  private List<TokenAccepted> acceptances(String callId) {
    return probe.events(Topic.AUTH_EVENTS, TokenAccepted.class, e -> e.getCallId().equals(callId));
  }

  private List<TokenDeclined> declines(String callId) {
    return probe.events(Topic.AUTH_EVENTS, TokenDeclined.class, e -> e.getCallId().equals(callId));
  }

  static Map<String, AttributeValue> callItem(String callId) {
    return Infrastructure.dynamoDb()
        .getItem(
            r ->
                r.tableName("test-crew-portal-links")
                    .key(Map.of("tokenHash", AttributeValue.fromS("call#" + callId)))
                    .consistentRead(true))
        .item();
  }
}
