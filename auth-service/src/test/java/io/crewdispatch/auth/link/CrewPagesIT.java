package io.crewdispatch.auth.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.auth.support.AuthServiceTest;
import io.crewdispatch.auth.support.Calls;
import io.crewdispatch.auth.support.CrewClient;
import io.crewdispatch.auth.support.IssuedPair;
import io.crewdispatch.auth.support.MutableClock;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.TokenDeclined;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.KafkaProbe;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The accept and decline pages over real HTTP, with links minted from real dispatch events. */
@AuthServiceTest
class CrewPagesIT {

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  KafkaProbe probe;
  CrewClient crew;

  @BeforeEach
  void open() {
    clock.reset();
    probe = KafkaProbe.open();
    crew = new CrewClient(port);
  }

  @AfterEach
  void close() {
    probe.close();
  }

  @Test
  void openingTheAcceptPageTwiceChangesNothingAndOnePressEmitsExactlyOneTokenAccepted() {
    IssuedPair links = issue();
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
    assertThat(pressed.body()).contains("You&#39;re confirmed as captain on Sea Breeze");
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
