package io.crewdispatch.auth.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.auth.support.AuthServiceTest;
import io.crewdispatch.auth.support.Calls;
import io.crewdispatch.auth.support.Chromium;
import io.crewdispatch.auth.support.IssuedPair;
import io.crewdispatch.auth.support.MutableClock;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How a captain uses the link: Debian's headless Chromium at a phone's width opens the accept page,
 * presses the button, reads that the answer is being confirmed, and sees dispatch's confirmation
 * appear on the same page without a reload. Screenshots land in target/chromium/. Without Chromium
 * this test fails and says how to install it; it never silently passes.
 */
@AuthServiceTest
class PhoneBrowserIT {

  private static final Path OUT = Path.of("target", "chromium");

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @BeforeEach
  void setUp() {
    clock.reset();
  }

  @Test
  void aCaptainOnAPhoneOpensTheLinkPressesAcceptAndSeesTheConfirmation() throws Exception {
    IssuedPair links =
        IssuedPair.call(probe, Calls.captainCalled(Calls.charterId(), clock.instant()));
    String url = "http://localhost:" + port + "/crew/accept?token=" + links.acceptToken();

    try (Chromium browser = Chromium.launch(OUT.resolve("chromium.log"))) {
      browser.emulatePhone();
      browser.navigate(url);
      browser.screenshot(OUT.resolve("accept-page.png"));

      assertThat(browser.evaluate("document.body.innerText"))
          .contains("Can you skipper this charter?", "Sea Breeze", "9:30 AM P", "Captain");
      assertThat(browser.evaluate("String(document.documentElement.scrollWidth <= innerWidth)"))
          .as("no sideways scrolling at 390 px")
          .isEqualTo("true");
      assertThat(browser.evaluate("String(document.querySelectorAll('form button').length)"))
          .isEqualTo("1");
      assertThat(
              browser.evaluate(
                  "(() => { const b = document.querySelector('button').getBoundingClientRect();"
                      + " return String(b.height >= 44 && b.right <= innerWidth); })()"))
          .as("a thumb-sized button inside the screen")
          .isEqualTo("true");
      assertThat(browser.evaluate("document.querySelector('button').innerText"))
          .isEqualTo("Accept");

      browser.clickAndWaitForPage("form button");
      browser.screenshot(OUT.resolve("answered.png"));

      assertThat(browser.evaluate("document.body.innerText"))
          .contains("We've got your answer — confirming…")
          .doesNotContain("You're confirmed");
      assertThat(browser.evaluate("String(document.querySelectorAll('form').length)"))
          .isEqualTo("0");

      // Dispatch confirms: the open page shows it by itself (its script, under the strict CSP).
      probe.publish(
          Topic.DISPATCH_EVENTS,
          links.charterId(),
          CaptainConfirmed.newBuilder(Samples.captainConfirmed(links.charterId()))
              .setCallId(links.callId())
              .setOccurredAt(clock.instant().plusSeconds(1))
              .build());
      await()
          .atMost(Duration.ofSeconds(15))
          .untilAsserted(
              () ->
                  assertThat(browser.evaluate("document.body.innerText"))
                      .contains("You're confirmed as captain on Sea Breeze"));
      assertThat(browser.evaluate("location.pathname"))
          .as("updated in place, not reloaded")
          .isEqualTo("/crew/accept");
      browser.screenshot(OUT.resolve("confirmation.png"));
    }
    TokenAccepted accepted =
        probe.await(
            Topic.AUTH_EVENTS, TokenAccepted.class, e -> e.getCallId().equals(links.callId()));
    assertThat(accepted.getCrewId()).isEqualTo("alex-marlow");
    assertThat(Files.size(OUT.resolve("confirmation.png"))).isPositive();
  }
}
