package io.crewdispatch.auth.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.crewdispatch.auth.support.AuthServiceTest;
import io.crewdispatch.auth.support.Calls;
import io.crewdispatch.auth.support.IssuedPair;
import io.crewdispatch.auth.support.Members;
import io.crewdispatch.auth.support.MutableClock;
import io.crewdispatch.events.Availability;
import io.crewdispatch.events.AvailabilitySet;
import io.crewdispatch.events.Callee;
import io.crewdispatch.events.CharterSummary;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.PortalLinkIssued;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A crew member on a phone (390×844, Debian's Chromium through Playwright): opens their portal
 * link, sees a confirmed charter and an open call, accepts the call (TokenAccepted, through the
 * one-time links' own path), then sets two days and saves (AvailabilitySet with those two days).
 * Screenshots land in target/portal/.
 */
@AuthServiceTest
class PortalBrowserIT {

  private static final Path OUT = Path.of("target", "portal");
  private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

  private static Playwright playwright;
  private static Browser browser;

  @LocalServerPort int port;
  @Autowired MutableClock clock;

  @BeforeAll
  static void launch() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-sync")));
  }

  @AfterAll
  static void close() {
    browser.close();
    playwright.close();
  }

  @Test
  void aMemberOpensTheirPortalAcceptsACallAndSetsTwoDays() {
    clock.reset();
    String crewId = Members.crewId();
    Callee me =
        Callee.newBuilder(Samples.crew(crewId)).setName("Rowan Harbor").setRank(Rank.CREW).build();
    String confirmedCharter = Calls.charterId();
    String calledCharter = Calls.charterId();
    try (KafkaProbe probe = KafkaProbe.open()) {
      probe.publish(Topic.ROSTER_MEMBERS, crewId, Members.active(crewId, clock.instant()));
      String portalUrl =
          probe
              .await(Topic.AUTH_LINKS, PortalLinkIssued.class, e -> e.getCrewId().equals(crewId))
              .getPortalUrl();
      probe.publish(Topic.DISPATCH_EVENTS, confirmedCharter, confirmed(confirmedCharter, me));
      CrewCalled call =
          CrewCalled.newBuilder(Calls.crewCalled(calledCharter, clock.instant()))
              .setCallee(me)
              .setCharter(charter("Blue Heron", 20))
              .build();
      IssuedPair.call(probe, call);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                var member = PortalLinksIT.item("member#" + crewId);
                return member.containsKey("callIds") && member.containsKey("charterIds");
              });

      try (BrowserContext context =
          browser.newContext(
              new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true))) {
        Page page = context.newPage();
        page.navigate(portalUrl.replace("https://crew.example.com", "http://localhost:" + port));

        assertThat(page.url()).endsWith("/crew/portal").doesNotContain("token");
        String text = page.innerText("main");
        assertThat(text).contains("Hi Rowan Harbor", "Calls waiting for your answer");
        assertThat(page.innerText("section.call")).contains("Blue Heron");
        assertThat(page.innerText("dl.upcoming")).contains("Sea Breeze");
        assertThat(page.evaluate("document.documentElement.scrollWidth <= innerWidth"))
            .as("no sideways scrolling at 390 px")
            .isEqualTo(true);
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve("portal.png")));

        page.click("section.call button.accept");
        page.waitForURL("**/crew/answers/**");
        assertThat(page.innerText("main")).contains("We've got your answer");
        TokenAccepted accepted =
            probe.await(
                Topic.AUTH_EVENTS,
                TokenAccepted.class,
                e -> e.getCallId().equals(call.getCallId()));
        assertThat(accepted.getCrewId()).isEqualTo(crewId);

        page.navigate("http://localhost:" + port + "/crew/portal");
        assertThat(page.locator("section.call").count()).as("the call is answered").isZero();
        LocalDate today = LocalDate.ofInstant(clock.instant(), LA);
        LocalDate first = today.plusDays(3);
        LocalDate second = today.plusDays(40);
        page.selectOption("select[name='day." + first + "']", "AVAILABLE");
        page.selectOption("select[name='day." + second + "']", "UNAVAILABLE");
        page.click("button.save");
        page.waitForURL("**/crew/portal?saved=2");
        assertThat(page.innerText("p.notice")).contains("Saved 2 days");
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve("saved.png")));

        AvailabilitySet set =
            probe.await(
                Topic.PORTAL_EVENTS, AvailabilitySet.class, e -> e.getCrewId().equals(crewId));
        assertThat(set.getDays())
            .isEqualTo(
                Map.of(
                    first.toString(), Availability.AVAILABLE,
                    second.toString(), Availability.UNAVAILABLE));
      }
    }
  }

  private CrewConfirmed confirmed(String charterId, Callee me) {
    return CrewConfirmed.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(clock.instant())
        .setCharterId(charterId)
        .setCallId(null)
        .setCrew(me)
        .setCaptainId("alex-marlow")
        .setByOffice(null)
        .setCharter(charter("Sea Breeze", 10))
        .build();
  }

  private CharterSummary charter(String vessel, int daysAhead) {
    return CharterSummary.newBuilder(Calls.charterInTwoWeeks(clock.instant()))
        .setVessel(vessel)
        .setSailDate(LocalDate.ofInstant(clock.instant(), LA).plusDays(daysAhead))
        .build();
  }
}
