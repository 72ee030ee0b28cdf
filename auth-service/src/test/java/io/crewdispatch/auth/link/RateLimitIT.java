package io.crewdispatch.auth.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.auth.support.AuthServiceTest;
import io.crewdispatch.auth.support.Calls;
import io.crewdispatch.auth.support.CrewClient;
import io.crewdispatch.auth.support.IssuedPair;
import io.crewdispatch.auth.support.MutableClock;
import io.crewdispatch.testsupport.KafkaProbe;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Per-link and per-address limits trip with 429 and Retry-After, and recover once it passes. */
@AuthServiceTest
class RateLimitIT {

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @BeforeEach
  void setUp() {
    clock.reset();
  }

  @Test
  void aLinkOpenedTooOftenFromAnywhereIsLimitedAndRecovers() {
    IssuedPair links =
        IssuedPair.call(probe, Calls.captainCalled(Calls.charterId(), clock.instant()));
    for (int i = 0; i < AuthServiceTest.PER_TOKEN; i++) {
      // a fresh address each time: the per-link limit holds however many addresses try
      assertThat(new CrewClient(port).get("accept", links.acceptToken()).statusCode())
          .isEqualTo(200);
    }

    HttpResponse<String> limited = new CrewClient(port).get("accept", links.acceptToken());
    HttpResponse<String> limitedJson = new CrewClient(port).getJson("accept", links.acceptToken());

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.body()).contains("Too many tries");
    assertThat(CrewClient.hasForm(limited.body())).isFalse();
    assertThat(limited.headers().firstValue("Cache-Control")).hasValue("no-store");
    long retryAfter = retryAfter(limited);
    assertThat(retryAfter).isBetween(1L, 60L);
    assertThat(limitedJson.statusCode()).isEqualTo(429);
    assertThat(limitedJson.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json");
    assertThat(retryAfter(limitedJson)).isPositive();

    clock.advance(Duration.ofSeconds(retryAfter));

    assertThat(new CrewClient(port).get("accept", links.acceptToken()).statusCode()).isEqualTo(200);
  }

  @Test
  void anAddressGuessingLinksIsLimitedWithoutHarmingOthersAndRecovers() {
    CrewClient guesser = new CrewClient(port);
    for (int i = 0; i < AuthServiceTest.PER_IP; i++) {
      assertThat(guesser.get("accept", guess()).statusCode()).isEqualTo(404);
    }

    HttpResponse<String> limited = guesser.get("accept", guess());

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(new CrewClient(port).get("accept", guess()).statusCode()).isEqualTo(404);

    clock.advance(Duration.ofSeconds(retryAfter(limited)));

    assertThat(guesser.get("accept", guess()).statusCode()).isEqualTo(404);
  }

  private static String guess() {
    String random = UUID.randomUUID().toString().replace("-", "");
    return "cdl_" + (random + random).substring(0, 43);
  }

  private static long retryAfter(HttpResponse<String> response) {
    return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
  }
}
