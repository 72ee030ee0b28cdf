package io.crewdispatch.localstack;

import static java.util.Locale.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import io.crewdispatch.events.Availability;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.localstack.drive.ClientCredentials;
import io.crewdispatch.localstack.drive.ConsoleSession;
import io.crewdispatch.localstack.drive.CrewBrowser;
import io.crewdispatch.localstack.drive.Http;
import io.crewdispatch.localstack.drive.Inbox;
import io.crewdispatch.localstack.drive.Inbox.Mail;
import io.crewdispatch.localstack.drive.OfficeSignIn;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.KafkaProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The whole system started the way ./run-local starts it (the service jars in their own JVMs, a
 * KRaft broker, DynamoDB Local, an SMTP server, the seeded workbook) and driven only from outside:
 * HTTP in, emails and the workbook out. Ports are free ones and state lives under target/, so a
 * running local stack is not disturbed. Relies on roster-service's documented seed roster: captains
 * morgan-tide (1, always available), casey-harbor (2), riley-keel (3), jamie-anchor (4);
 * morgan-tide's crew sam-rigging and avery-sail (always available).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

  static final Pattern PORTAL_LINK =
      Pattern.compile("https?://[^\\s\"'<>]+/crew/portal\\?token=[A-Za-z0-9_\\-.~%]+");

  /**
   * How long the class may run after it picks its zone (declared first: ZONE uses it): midnight
   * must not bring the month's last day meanwhile, or a test that books "tomorrow" (or names "last
   * month") late in the run would fall in the next month.
   */
  static final Duration RUN_MARGIN = Duration.ofHours(1);

  /**
   * The operator's zone for this run: Los Angeles, unless tomorrow there falls in the next month
   * (now or within {@link #RUN_MARGIN}). The walkthrough books tomorrow and builds that month's
   * statement, and reporting refuses a future month; on a month's last day (in the zone) no charter
   * can be both ahead and in this month. Then the whole stack runs in a zone where the month has a
   * day left: Kiritimati (UTC+14) is already in the new month from 02:00 Los Angeles time, Pago
   * Pago (UTC-11) still on the day before for the first two hours.
   */
  static final ZoneId ZONE = zoneWithADayLeftInTheMonth(Instant.now());

  static final String OFFICE = "office@example.com";

  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", ENGLISH);
  static final String MORGAN = "morgan-tide@example.com";
  static final String CASEY = "casey-harbor@example.com";
  static final String RILEY = "riley-keel@example.com";
  static final String REESE = "reese-galley@example.com";

  LocalStack stack;
  Instant started;
  Inbox inbox;
  Workbook workbook;

  /** A booking system: the demo client's token (client-credentials grant). */
  final Http http = new Http();

  /** The office, signed in through auth-service (authorization code with PKCE). */
  final Http office = new Http();

  final CrewBrowser browser = new CrewBrowser();

  /** The office in the console, signed in through auth-service's form as a browser would. */
  ConsoleSession console;

  /** Whom dispatch names as the office user acting (the token's subject). */
  String officeEmail;

  CharterEvents events;

  final YearMonth nextMonth = YearMonth.now(ZONE).plusMonths(1);
  final Path operations = Path.of("target", "e2e-dynamodb-operations").toAbsolutePath();

  @BeforeAll
  void startTheWholeSystem() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Path var = Path.of("target", "e2e-var").toAbsolutePath();
    deleteRecursively(var);
    deleteRecursively(operations);
    Map<String, Integer> ports = new LinkedHashMap<>();
    StackConfig.DEFAULT_SERVICE_PORTS
        .keySet()
        .forEach(s -> ports.put(s, Infrastructure.freePort()));
    Map<String, Integer> management = new LinkedHashMap<>();
    ports.keySet().forEach(s -> management.put(s, Infrastructure.freePort()));
    StackConfig config =
        new StackConfig(
            root,
            var,
            Infrastructure.freePort(),
            Infrastructure.freePort(),
            Infrastructure.freePort(),
            Infrastructure.freePort(),
            ports,
            Map.ofEntries(
                Map.entry("DISPATCH_OPERATOR_TIME_ZONE", ZONE.getId()),
                Map.entry("OPERATOR_TIME_ZONE", ZONE.getId()),
                Map.entry("OFFICE_TIME_ZONE", ZONE.getId()),
                Map.entry("AUTH_PORTAL_TIME_ZONE", ZONE.getId()),
                Map.entry("DISPATCH_QUIET_HOURS_ENABLED", "false"),
                Map.entry("DISPATCH_CAPTAIN_TIMEOUT", "8s"),
                Map.entry("DISPATCH_CREW_TIMEOUT", "5m"),
                Map.entry("DISPATCH_MINIMUM_WINDOW", "5s"),
                Map.entry("OFFICE_EMAIL", OFFICE),
                Map.entry("ROSTER_SEED_IF_MISSING", "true"),
                // The board shows the stall of the 20th of next month (default: the next 14 days).
                Map.entry("BOARD_DAYS", "62"),
                // The scheduled run fires every 10 s, so last month's is built during the run:
                // its claim, build and completion are exercised (and granted, see the last test).
                Map.entry("STATEMENT_CRON", "*/10 * * * * *"),
                Map.entry("STATEMENT_CHECK_INTERVAL", "2s"),
                Map.entry("CREWDISPATCH_PLATFORM_DYNAMODB_OPERATIONLOGDIR", operations.toString())),
            SharedClassData.JVM_OPTIONS,
            management);
    stack = new LocalStack(config.withClassDataArchivedAtExit(SharedClassData.DIR)).start();
    started = Instant.now();
    console = new ConsoleSession(config.serviceUrl(StackConfig.CONSOLE));
    StackCredentials credentials = stack.credentials();
    officeEmail = credentials.officeEmail();
    events = new CharterEvents(config.kafkaBootstrapServers());
    String auth = config.serviceUrl("auth-service");
    http.authorizeWith(
        new ClientCredentials(
            auth, StackCredentials.DEMO_BOOKING, credentials.demoBookingSecret(), null));
    office.authorizeWith(
        new OfficeSignIn(
            auth,
            credentials.officeEmail(),
            credentials.officePassword(),
            StackCredentials.OFFICE_CONSOLE,
            credentials.consoleSecret(),
            config.consoleRedirectUri()));
    assertThat(console.signIn(credentials.officeEmail(), credentials.officePassword()).body())
        .as("the console's board after signing in")
        .contains("<h1>Board</h1>");
    inbox = new Inbox(stack);
    workbook = new Workbook(config.rosterWorkbook());
    await("seeded roster synced").atMost(Duration.ofSeconds(60)).until(() -> rosterSize() >= 12);
  }

  @AfterAll
  void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void walkthroughBookAcceptStaffCompleteInvoiceAndStatement() throws Exception {
    LocalDate sailDate = LocalDate.now(ZONE).plusDays(1);
    String charterId = "walk-" + shortId();
    String vessel = "Walkthrough " + shortId();
    book(charterId, vessel, sailDate, "10:00", "14:00", 2);

    Mail call = inbox.await(MORGAN, "Captain needed: " + vessel);
    assertThat(call.cc()).contains(OFFICE);
    assertThat(call.html()).contains(vessel);
    try (Stream<Path> eml = Files.list(stack.config().mailDir())) {
      assertThat(eml.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".eml"));
    }
    assertThat(browser.openAndPress(call.acceptUrl()).statusCode()).isEqualTo(200);

    Mail sam = inbox.await("sam-rigging@example.com", "Crew needed: " + vessel);
    Mail avery = inbox.await("avery-sail@example.com", "Crew needed: " + vessel);
    assertThat(browser.openAndPress(sam.acceptUrl()).statusCode()).isEqualTo(200);
    assertThat(browser.openAndPress(avery.acceptUrl()).statusCode()).isEqualTo(200);

    await("STAFFED")
        .atMost(Duration.ofSeconds(60))
        .until(() -> "STAFFED".equals(charter(charterId).path("status").asString()));
    JsonNode staffed = charter(charterId);
    assertThat(staffed.path("captain").path("crewId").asString()).isEqualTo("morgan-tide");
    assertThat(staffed.path("crew").findValuesAsString("crewId"))
        .containsExactlyInAnyOrder("sam-rigging", "avery-sail");
    inbox.await(OFFICE, "Staffed: " + vessel);
    await("the console's board shows it staffed")
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(console.page("/").body())
                    .contains(
                        "data-charter=\"" + charterId + "\" data-status=\"STAFFED\"",
                        "Morgan Tide"));
    await("Assignments row")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(workbook.rows("Assignments"))
                    .anySatisfy(
                        row ->
                            assertThat(String.join("|", row))
                                .contains(charterId)
                                .contains("Morgan Tide")
                                .contains("Sam Rigging")
                                .contains("Avery Sail")));

    assertThat(
            http.postJson(dispatch("/api/charters/" + charterId + "/complete"), Map.of())
                .statusCode())
        .isLessThan(300);
    assertThat(
            http.postJson(
                    dispatch("/api/charters/" + charterId + "/invoice"),
                    Map.of("invoiceId", "INV-" + charterId, "invoicedAmount", 3150.00))
                .statusCode())
        .isLessThan(300);
    await("COMPLETED")
        .atMost(Duration.ofSeconds(60))
        .until(() -> "COMPLETED".equals(charter(charterId).path("status").asString()));

    String month = YearMonth.from(sailDate).toString();
    await("statement includes the charter")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              var built =
                  office.postJson(
                      stack.config().serviceUrl("reporting-service") + "/api/statements/" + month,
                      Map.of());
              assertThat(built.statusCode()).isLessThan(300);
              var summary =
                  office.get(
                      stack.config().serviceUrl("reporting-service") + "/api/statements/" + month,
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
              assertThat(summary.statusCode()).isEqualTo(200);
              assertThat(statementCharters(month))
                  .as("the charters tab of the %s statement", month)
                  .anySatisfy(
                      row -> {
                        assertThat(row)
                            .containsEntry("Charter ID", charterId)
                            .containsEntry("Vessel", vessel)
                            .containsEntry("Captain", "Morgan Tide")
                            .containsEntry("Completed", "Yes");
                        assertThat(row.get("Crew")).contains("Sam Rigging", "Avery Sail");
                        assertThat(row.get("Invoiced")).contains("3,150.00");
                      });
            });
    String monthName = MONTH.format(YearMonth.from(sailDate));
    inbox.await(OFFICE, "Monthly summary for " + monthName);
    inbox.await(MORGAN, "Your statement for " + monthName);
  }

  /**
   * The monthly run, as cron fires it (every 10 s here): last month's summary reaches the office
   * once, however often the cron fires, because the run is claimed and completed in statement-runs.
   * Next to last, so that the tests above give the cron time to fire again.
   */
  @Test
  @Order(Integer.MAX_VALUE - 2)
  void theScheduledRunBuildsLastMonthOnce() {
    String lastMonth = MONTH.format(YearMonth.now(ZONE).minusMonths(1));
    inbox.await(OFFICE, "Monthly summary for " + lastMonth, Duration.ofSeconds(90));
    await("three more firings after the first build")
        .atMost(Duration.ofSeconds(60))
        .until(() -> Duration.between(started, Instant.now()).toSeconds() > 45);
    assertThat(inbox.all(OFFICE, "Monthly summary for " + lastMonth)).hasSize(1);
  }

  @Test
  void aDeclineAndATimeoutMoveTheCascadeOn() {
    String vessel = "Cascade " + shortId();
    book("casc-" + shortId(), vessel, nextMonth.atDay(10), "09:00", "12:00", 0);

    Mail first = inbox.await(MORGAN, "Captain needed: " + vessel);
    assertThat(browser.openAndPress(first.declineUrl()).statusCode()).isEqualTo(200);
    inbox.await(CASEY, "Captain needed: " + vessel); // declined: the next captain at once
    inbox.await(RILEY, "Captain needed: " + vessel, Duration.ofSeconds(60)); // Casey never answers
  }

  /**
   * README "Try it" step 8: a stall, then the office resolves it from the console's own form (with
   * the CSRF token the page gave it). Assigning someone held on another charter that day is refused
   * with that charter named; assigning a free captain staffs the charter.
   */
  @Test
  void aStallAlertsTheOfficeWhoStaffsItFromTheConsole() {
    String charterId = "stall-" + shortId();
    String vessel = "Stall " + shortId();
    LocalDate day = nextMonth.atDay(20);
    // On the 20th the seed roster has Jamie Anchor unavailable: three captains can be called.
    book(charterId, vessel, day, "09:00", "12:00", 0);
    for (String captain : List.of(MORGAN, CASEY, RILEY)) {
      Mail call = inbox.await(captain, "Captain needed: " + vessel);
      assertThat(browser.openAndPress(call.declineUrl()).statusCode()).isEqualTo(200);
    }

    String answer = "called [^\\n]*: declined";
    Mail alert = inbox.await(OFFICE, "ACTION NEEDED: " + vessel);
    assertThat(alert.text())
        .contains("Charter: " + charterId)
        .contains("Every available captain was called and none accepted.")
        .containsPattern("Morgan Tide \\(morgan-tide\\), " + answer)
        .containsPattern("Casey Harbor \\(casey-harbor\\), " + answer)
        .containsPattern("Riley Keel \\(riley-keel\\), " + answer)
        .doesNotContain("jamie-anchor");
    await("the console's board: the stall under Needs you")
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(console.page("/").body())
                    .containsPattern(
                        Pattern.quote(vessel)
                            + ", [^<]*09:00[^<]*: Stalled: every captain said no or did not answer")
                    .contains("data-charter=\"" + charterId + "\" data-status=\"STALLED\""));

    // Morgan takes another charter that day, so Morgan is held elsewhere.
    String elsewhere = "held-" + shortId();
    String otherVessel = "Held " + shortId();
    book(elsewhere, otherVessel, day, "10:00", "13:00", 0);
    Mail morgansCall = inbox.await(MORGAN, "Captain needed: " + otherVessel);
    assertThat(browser.openAndPress(morgansCall.acceptUrl()).statusCode()).isEqualTo(200);
    await("Morgan confirmed on " + elsewhere)
        .atMost(Duration.ofSeconds(60))
        .until(() -> "STAFFED".equals(charter(elsewhere).path("status").asString()));

    String page = "/charters/" + charterId;
    String refused =
        console
            .press(page, page + "/assign", Map.of("crewId", "morgan-tide", "role", "CAPTAIN"))
            .body();
    assertThat(refused)
        .contains("Not done", "href=\"/charters/" + elsewhere + "\"")
        .doesNotContain("Assigned Morgan Tide");
    var direct =
        office.postJson(
            dispatch(page.replace("/charters/", "/api/charters/") + "/assign"),
            Map.of("crewId", "morgan-tide", "role", "CAPTAIN"));
    assertThat(direct.statusCode()).as(direct.body()).isEqualTo(409);
    assertThat(office.json(direct).path("conflictingCharter").asString()).isEqualTo(elsewhere);

    String done =
        console
            .press(page, page + "/assign", Map.of("crewId", "casey-harbor", "role", "CAPTAIN"))
            .body();
    assertThat(done).contains("Done", "Assigned Casey Harbor as captain.");
    await("Casey confirmed as captain and the charter staffed, on dispatch-events")
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              List<SpecificRecord> dispatched = events.of(Topic.DISPATCH_EVENTS, charterId);
              assertThat(dispatched)
                  .filteredOn(CaptainConfirmed.class::isInstance)
                  .map(e -> ((CaptainConfirmed) e).getCaptain().getCrewId())
                  .containsExactly("casey-harbor");
              assertThat(dispatched)
                  .filteredOn(CharterStaffed.class::isInstance)
                  .map(e -> ((CharterStaffed) e).getCaptain().getCrewId())
                  .containsExactly("casey-harbor");
            });
    assertThat(http.get(dispatch("/api/charters/" + charterId), "application/json").body())
        .as("dispatch's timeline names the office user who assigned")
        .contains("captain assigned by " + officeEmail);
    await("the console shows the charter Staffed with Casey")
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(console.page("/").body())
                  .contains("data-charter=\"" + charterId + "\" data-status=\"STAFFED\"")
                  .doesNotContainPattern(Pattern.quote(vessel) + ", [^<]*: Stalled");
              assertThat(console.page(page).body())
                  .contains("data-status=\"STAFFED\"", "Casey Harbor confirmed as captain");
            });
    assertThat(charter(charterId).path("captain").path("crewId").asString())
        .isEqualTo("casey-harbor");
  }

  @Test
  void aCancellationWithdrawsEveryOpenLink() {
    String charterId = "cancel-" + shortId();
    String vessel = "Cancelled " + shortId();
    book(charterId, vessel, nextMonth.atDay(15), "09:00", "12:00", 0);
    Mail call = inbox.await(MORGAN, "Captain needed: " + vessel);

    assertThat(
            http.postJson(
                    dispatch("/api/charters/" + charterId + "/cancel"), Map.of("reason", "Weather"))
                .statusCode())
        .isLessThan(300);

    inbox.await(MORGAN, "No longer needed: " + vessel);
    await("link withdrawn")
        .atMost(Duration.ofSeconds(30))
        .until(() -> browser.open(call.acceptUrl()).statusCode() == 410);
    await("CANCELLED")
        .atMost(Duration.ofSeconds(30))
        .until(() -> "CANCELLED".equals(charter(charterId).path("status").asString()));
  }

  @Test
  void anAvailabilityChangeInTheWorkbookReleasesTheCaptainAndCallsTheNext() throws Exception {
    String charterId = "avail-" + shortId();
    String vessel = "Released " + shortId();
    int day = 18;
    book(charterId, vessel, nextMonth.atDay(day), "09:00", "12:00", 0);
    Mail call = inbox.await(MORGAN, "Captain needed: " + vessel);
    assertThat(browser.openAndPress(call.acceptUrl()).statusCode()).isEqualTo(200);
    await("captain confirmed")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                "morgan-tide".equals(charter(charterId).path("captain").path("crewId").asString()));
    await("assignment written")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(workbook.rows("Assignments"))
                    .anySatisfy(row -> assertThat(row).contains(charterId)));

    workbook.setAvailability("morgan-tide", nextMonth, day, "U");
    var sync =
        office.postJson(stack.config().serviceUrl("roster-service") + "/api/roster/sync", Map.of());
    assertThat(sync.statusCode()).isEqualTo(200);
    assertThat(sync.body()).contains("morgan-tide");

    inbox.await(MORGAN, "Taken off: " + vessel); // a confirmed seat released: SeatReleased
    inbox.await(CASEY, "Captain needed: " + vessel);
  }

  /**
   * Flow 14 end to end: the portal link a member was mailed when the roster was first synced,
   * opened in Chromium at a phone's size; a day marked there reaches the month tab of the workbook,
   * and the RosterChanged that follows carries it.
   */
  @Test
  void aDayMarkedInTheCrewPortalReachesTheWorkbookAndTheRoster() throws Exception {
    int day = 5;
    LocalDate date = nextMonth.atDay(day);
    assertThat(workbook.availability("reese-galley", nextMonth, day)).isEqualTo("A");
    Mail joined = inbox.await(REESE, "Your crew portal link");
    Matcher link = PORTAL_LINK.matcher(joined.text());
    assertThat(link.find()).as("a portal link in the plain-text part").isTrue();
    try (KafkaProbe probe = KafkaProbe.open(stack.config().kafkaBootstrapServers());
        PhoneBrowser phone = new PhoneBrowser()) {
      Page page = phone.open(link.group());
      assertThat(page.url()).as("the token leaves the address bar").endsWith("/crew/portal");
      assertThat(page.innerText("main")).contains("Reese Galley");
      page.selectOption("select[name='day." + date + "']", "UNAVAILABLE");
      page.click("button.save");
      page.waitForURL("**/crew/portal?saved=1");

      await("the month tab's cell")
          .atMost(Duration.ofSeconds(60))
          .until(() -> workbook.availability("reese-galley", nextMonth, day).equals("U"));
      RosterChanged changed =
          probe.await(
              Topic.ROSTER_MEMBERS,
              RosterChanged.class,
              e ->
                  e.getCrewId().equals("reese-galley")
                      && e.getMember().getAvailability().get(date.toString())
                          == Availability.UNAVAILABLE,
              Duration.ofSeconds(60));
      assertThat(changed.getMember().getAvailability())
          .as("the other days as the sheet has them")
          .containsEntry(nextMonth.atDay(11).toString(), Availability.UNAVAILABLE)
          .containsEntry(nextMonth.atDay(6).toString(), Availability.AVAILABLE);
    }
  }

  /**
   * Grants of deploy/iam/ that this run cannot exercise, each with why it stays: keep it tiny, and
   * never for an action a flow above performs.
   */
  static final Map<String, Set<String>> GRANTED_BUT_UNUSED_HERE =
      Map.of(
          // a booking id sent twice: the endpoint reads what it published the first time
          "dispatch-service", Set.of("GetItem dispatch-bookings"),
          // a charter page for a charter the board has already folded
          "office-console", Set.of("GetItem console-board"),
          // GET /api/roster/{crewId}
          "roster-service", Set.of("GetItem crew-roster"));

  /** Once every flow above has run: deploy/iam/ grants each service exactly what it did. */
  @Test
  @Order(Integer.MAX_VALUE - 1)
  void eachServicesIamPolicyGrantsExactlyTheDynamoDbOperationsItPerformed() throws Exception {
    IamPolicies policies = new IamPolicies(stack.config().root().resolve("deploy/iam"));
    for (String service : StackConfig.DEFAULT_SERVICE_PORTS.keySet()) {
      Path log = operations.resolve(service + ".txt");
      assertThat(log).as("operations recorded by %s", service).exists();
      policies.assertGrantsExactly(
          service,
          Files.readAllLines(log),
          GRANTED_BUT_UNUSED_HERE.getOrDefault(service, Set.of()));
    }
  }

  /**
   * Last, once every flow above has run (statements named for people, texts, the portal, the
   * console): no service's log names anyone on the roster, gives their address or number, or the
   * office's.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void noServiceLogNamesAPerson() throws Exception {
    assertThat(
            PersonalDataInLogs.find(
                stack.config().rosterWorkbook(), stack.config().logDir(), OFFICE, officeEmail))
        .as("log lines with personal data")
        .isEmpty();
  }

  /**
   * The walkthrough ran on the beans Spring's AOT processing chose at build time: every service
   * started from its generated initializers, and none left AOT mode for differing settings.
   */
  @Test
  void everyServiceRanFromSpringsAotInitializers() throws Exception {
    for (String service : stack.config().services()) {
      assertThat(Files.readString(stack.config().logDir().resolve(service + ".log")))
          .as(service + "'s log")
          .contains("Starting AOT-processed")
          .doesNotContain("aot_mode_off");
    }
  }

  static ZoneId zoneWithADayLeftInTheMonth(Instant now) {
    return Stream.of("America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago")
        .map(ZoneId::of)
        .filter(
            zone -> {
              LocalDate today = LocalDate.ofInstant(now, zone);
              LocalDate latest = LocalDate.ofInstant(now.plus(RUN_MARGIN), zone);
              return latest.plusDays(1).getMonth() == today.getMonth();
            })
        .findFirst()
        .orElseThrow();
  }

  private void book(
      String charterId,
      String vessel,
      LocalDate date,
      String departure,
      String returning,
      int crew) {
    Map<String, Object> booking = new LinkedHashMap<>();
    booking.put("charterId", charterId);
    booking.put("vessel", vessel);
    booking.put("sailDate", date.toString());
    booking.put("departureTime", departure);
    booking.put("returnTime", returning);
    booking.put("timeZone", ZONE.getId());
    booking.put("guestCount", 6);
    booking.put("crewRequired", crew);
    booking.put("totalRevenue", 3150.00);
    booking.put("customerName", "Pat Example");
    var response = http.postJson(dispatch("/api/charters"), booking);
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
  }

  private JsonNode charter(String charterId) {
    return http.json(http.get(dispatch("/api/charters/" + charterId), "application/json"));
  }

  private int rosterSize() {
    var response =
        office.get(stack.config().serviceUrl("roster-service") + "/api/roster", "application/json");
    if (response.statusCode() != 200) {
      return 0;
    }
    return office.json(response).findValues("crewId").size();
  }

  /**
   * The charter rows of the office's statement for {@code month} ("December 2026 Revenue
   * Statement.xlsx" in var/drive, its tab named for the month), each as header → cell text.
   */
  private List<Map<String, String>> statementCharters(String month) throws Exception {
    String name = YearMonth.parse(month).format(DateTimeFormatter.ofPattern("MMMM yyyy", ENGLISH));
    List<Path> files;
    try (Stream<Path> all = Files.walk(stack.config().driveDir())) {
      files =
          all.filter(p -> p.getFileName().toString().equals(name + " Revenue Statement.xlsx"))
              .toList();
    }
    assertThat(files).as("the statement for %s in %s", month, stack.config().driveDir()).hasSize(1);
    List<List<String>> rows = new Workbook(files.get(0)).rows(name);
    assertThat(rows).as("a tab named %s", name).isNotEmpty();
    List<String> header = rows.get(0);
    List<Map<String, String>> charters = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (int c = 0; c < header.size() && c < row.size(); c++) {
        cells.put(header.get(c), row.get(c));
      }
      charters.add(cells);
    }
    return charters;
  }

  private String dispatch(String path) {
    return stack.config().serviceUrl("dispatch-service") + path;
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static void deleteRecursively(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
