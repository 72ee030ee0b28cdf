package io.crewdispatch.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.crewdispatch.console.live.Times;
import io.crewdispatch.console.support.ConsoleTestBase;
import io.crewdispatch.console.support.FakeDispatch;
import io.crewdispatch.console.support.TestAuthServer;
import io.crewdispatch.events.Availability;
import io.crewdispatch.events.Callee;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CertificateExpiring;
import io.crewdispatch.events.Channel;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CharterSummary;
import io.crewdispatch.events.Integration;
import io.crewdispatch.events.IntegrationState;
import io.crewdispatch.events.IntegrationStateChanged;
import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.RosterMember;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console in Debian's Chromium, signed in through the authorization code flow: a stall appears
 * on the open board, the office assigns a captain by hand (a refusal first, with dispatch's
 * reason), and the charter turns Staffed on the open page without a reload. Then every page at
 * phone and desktop size, checked by axe-core. One browser for the class.
 */
class ConsoleBrowserIT extends ConsoleTestBase {

  private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String CHARTER = "ch-" + RUN;
  private static final String VESSEL = "Kestrel " + RUN;
  private static final String CAPTAIN = "morgan-" + RUN;
  private static final String HELD = "casey-" + RUN;
  private static final LocalDate SAIL = LocalDate.now(LA).plusDays(2);

  private static Playwright playwright;
  private static Browser browser;
  private static KafkaProbe kafka;

  @LocalServerPort int port;

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
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
    kafka = KafkaProbe.open();
    kafka.publish(Topic.ROSTER_MEMBERS, CAPTAIN, member(CAPTAIN, "Morgan Tide"));
    kafka.publish(Topic.ROSTER_MEMBERS, HELD, member(HELD, "Casey Harbor"));
  }

  @AfterAll
  static void close() {
    kafka.close();
    browser.close();
    playwright.close();
  }

  @Test
  void aStallAppearsLiveAndTheCaptainAssignedByHandStaffsTheOpenCharter() throws Exception {
    try (BrowserContext context = browser.newContext()) {
      Page page = signIn(context);
      assertThat(page.locator("h1")).hasText("Board");

      kafka.publish(Topic.CHARTER_EVENTS, CHARTER, booked());
      kafka.publish(Topic.NOTIFICATION_EVENTS, CHARTER, sentBySms());
      kafka.publish(Topic.DISPATCH_EVENTS, CHARTER, stalled());
      assertThat(page.locator(".alert").filter(new Locator.FilterOptions().setHasText(VESSEL)))
          .containsText("Stalled: every captain said no or did not answer", within(5));

      page.locator(".alert")
          .filter(new Locator.FilterOptions().setHasText(VESSEL))
          .getByText("Open the charter")
          .click();
      assertThat(page.locator("#status"))
          .hasText("Stalled: every captain said no or did not answer");
      assertThat(page.locator(".timeline")).containsText("Sent call by SMS");

      FakeDispatch.get()
          .behave(
              request -> {
                if (!request.path().equals(CHARTER + "/assign")) {
                  return new FakeDispatch.Answer(404, null);
                }
                if (HELD.equals(request.body().get("crewId"))) {
                  return new FakeDispatch.Answer(
                      409,
                      """
              {"type":"about:blank","title":"Held elsewhere","status":409,
               "detail":"Casey Harbor is already confirmed on charter ch-other that day.",
               "conflictingCharterId":"ch-other"}""");
                }
                // As dispatch would: answer, then its events follow on the topic.
                CompletableFuture.delayedExecutor(1500, TimeUnit.MILLISECONDS)
                    .execute(
                        () -> {
                          kafka.publish(Topic.DISPATCH_EVENTS, CHARTER, captainConfirmed());
                          kafka.publish(Topic.DISPATCH_EVENTS, CHARTER, staffed());
                        });
                return FakeDispatch.Answer.ok();
              });

      page.selectOption("#crewId", HELD);
      page.selectOption("#role", "CAPTAIN");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).click();
      assertThat(page.locator(".banner-refused"))
          .containsText("Casey Harbor is already confirmed on charter ch-other that day.");
      assertThat(page.locator(".banner-refused a")).hasAttribute("href", "/charters/ch-other");

      page.selectOption("#crewId", CAPTAIN);
      page.selectOption("#role", "CAPTAIN");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).click();
      assertThat(page.locator(".banner-done")).containsText("Assigned Morgan Tide as captain.");
      page.evaluate("window.__sameDocument = true");
      assertThat(page.locator("#status"))
          .hasText("Staffed", new LocatorAssertions.HasTextOptions().setTimeout(10_000));
      assertThat(page.locator("#captain")).hasText("Morgan Tide");
      assertThat(page.evaluate("window.__sameDocument === true")).isEqualTo(true);
      assertThat(FakeDispatch.get().received())
          .extracting(FakeDispatch.Request::body)
          .contains(
              Map.of("crewId", CAPTAIN, "role", "CAPTAIN"),
              Map.of("crewId", HELD, "role", "CAPTAIN"));
    }
  }

  @Test
  void aCertificateLapsingSoonNeedsTheOfficeOnTheBoardAndIsListedOnTheRoster() {
    LocalDate expires = LocalDate.now(LA).plusDays(30);
    CertificateExpiring warning = certificateExpiring(expires);
    try (BrowserContext context = browser.newContext()) {
      Page page = signIn(context);
      kafka.publish(Topic.OPS_EVENTS, "roster-service", warning);
      kafka.publish(Topic.OPS_EVENTS, "roster-service", warning); // redelivered: still one line

      Locator alert =
          page.locator(".alert")
              .filter(new Locator.FilterOptions().setHasText("Morgan Tide's First aid"));
      assertThat(alert)
          .containsText(
              "Certificate: Morgan Tide's First aid lapses on " + Times.day(expires), within(5));
      assertThat(alert).hasCount(1);
      alert.getByText("See the roster").click();
      assertThat(page.locator("h1")).hasText("Roster");
      assertThat(
              page.locator("li")
                  .filter(new Locator.FilterOptions().setHasText("Morgan Tide: First aid")))
          .hasText("Morgan Tide: First aid lapses on " + Times.day(expires));
    }
  }

  @Test
  void everyPageHasNoSeriousAccessibilityViolationOnAPhoneOrADesk() {
    kafka.publish(Topic.CHARTER_EVENTS, CHARTER, booked());
    kafka.publish(Topic.STATEMENT_EVENTS, "2026-05", Samples.statementReady("2026-05"));
    kafka.publish(Topic.OPS_EVENTS, "notification-service", gmailDown());
    List<String> pages =
        List.of(
            "/",
            "/charters/" + CHARTER,
            "/roster?day=" + SAIL,
            "/statements",
            "/system",
            "/charters/"
                + CHARTER
                + "/confirm?action=release&crewId="
                + CAPTAIN
                + "&name=Morgan%20Tide");
    for (int[] size : new int[][] {{390, 844}, {1280, 800}}) {
      try (BrowserContext context =
          browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
        Page page = signIn(context);
        for (String path : pages) {
          page.navigate(base() + path);
          page.locator("h1").waitFor();
          AxeResults results = new AxeBuilder(page).analyze();
          List<String> serious =
              results.getViolations().stream()
                  .filter(
                      rule ->
                          "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                  .map(ConsoleBrowserIT::describe)
                  .toList();
          assertThat(serious).as("%s at %dx%d", path, size[0], size[1]).isEmpty();
        }
      }
    }
  }

  private Page signIn(BrowserContext context) {
    Page page = context.newPage();
    page.navigate(base() + "/");
    page.getByLabel("Email").fill(TestAuthServer.USER);
    page.getByLabel("Password").fill(TestAuthServer.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    try {
      page.locator("h1").filter(new Locator.FilterOptions().setHasText("Board")).waitFor();
    } catch (RuntimeException e) {
      throw new AssertionError(
          "Not on the board after signing in: " + page.url() + "\n" + page.content(), e);
    }
    return page;
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static LocatorAssertions.ContainsTextOptions within(int seconds) {
    return new LocatorAssertions.ContainsTextOptions().setTimeout(seconds * 1000.0);
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
  }

  private static CharterSummary summary() {
    return CharterSummary.newBuilder(Samples.charterSummary())
        .setVessel(VESSEL)
        .setSailDate(SAIL)
        .build();
  }

  private static CharterBooked booked() {
    return CharterBooked.newBuilder(Samples.charterBooked(CHARTER))
        .setEventId(UUID.nameUUIDFromBytes(CHARTER.getBytes()).toString())
        .setVessel(VESSEL)
        .setSailDate(SAIL)
        .setCrewRequired(0)
        .setOccurredAt(Instant.now().minusSeconds(60))
        .build();
  }

  private static CascadeStalled stalled() {
    return CascadeStalled.newBuilder(Samples.cascadeStalled(CHARTER))
        .setCharter(summary())
        .setOccurredAt(Instant.now().minusSeconds(30))
        .build();
  }

  private static Callee captain() {
    return Callee.newBuilder(Samples.captain(CAPTAIN)).setName("Morgan Tide").build();
  }

  private static CaptainConfirmed captainConfirmed() {
    return CaptainConfirmed.newBuilder(Samples.captainConfirmed(CHARTER))
        .setCaptain(captain())
        .setCharter(summary())
        .setOccurredAt(Instant.now())
        .build();
  }

  private static CharterStaffed staffed() {
    return CharterStaffed.newBuilder(Samples.charterStaffed(CHARTER))
        .setCaptain(captain())
        .setCrew(List.of())
        .setCharter(summary())
        .setOccurredAt(Instant.now())
        .build();
  }

  private static RosterChanged member(String crewId, String name) {
    return RosterChanged.newBuilder(Samples.rosterChanged(crewId))
        .setOccurredAt(Instant.now())
        .setMember(
            RosterMember.newBuilder(Samples.rosterMember(crewId, Rank.CAPTAIN, 1))
                .setName(name)
                .setAvailability(Map.of(SAIL.toString(), Availability.AVAILABLE))
                .setCertificates(Map.of("Captain's licence", SAIL.plusDays(10).toString()))
                .build())
        .build();
  }

  /** roster-service's warning for a certificate the member's roster record does not list. */
  private static CertificateExpiring certificateExpiring(LocalDate expiresOn) {
    return CertificateExpiring.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(Instant.now())
        .setCrewId(CAPTAIN)
        .setName("Morgan Tide")
        .setRank(Rank.CAPTAIN)
        .setCertificate("First aid")
        .setExpiresOn(expiresOn)
        .build();
  }

  private static NotificationSent sentBySms() {
    return NotificationSent.newBuilder(Samples.notificationSent(Samples.eventId()))
        .setCharterId(CHARTER)
        .setChannel(Channel.SMS)
        .setOccurredAt(Instant.now().minusSeconds(45))
        .build();
  }

  private static IntegrationStateChanged gmailDown() {
    return IntegrationStateChanged.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(Instant.now())
        .setService("notification-service")
        .setIntegration(Integration.GMAIL)
        .setState(IntegrationState.DOWN)
        .setDetail("Google refused the refresh token (invalid_grant)")
        .setSince(Instant.now())
        .setWhatToDo(null)
        .build();
  }
}
