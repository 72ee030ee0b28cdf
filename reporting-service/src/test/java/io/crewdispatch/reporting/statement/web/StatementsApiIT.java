package io.crewdispatch.reporting.statement.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.Pay;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.RosterMember;
import io.crewdispatch.events.StatementKind;
import io.crewdispatch.events.StatementReady;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.reporting.MutableClock;
import io.crewdispatch.reporting.ReportingServiceTest;
import io.crewdispatch.reporting.ledger.application.CharterLedger;
import io.crewdispatch.reporting.pay.application.PayRates;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import io.crewdispatch.testsupport.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statements API of the running service: charters arrive as events, a build stores the
 * workbooks in the local folder and announces them on statement-events, downloads serve them.
 */
@ReportingServiceTest
class StatementsApiIT {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final String OFFICE = TestTokens.officeBearer("office@example.com");

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired CharterLedger ledger;
  @Autowired PayRates payRates;
  final HttpClient http = HttpClient.newHttpClient();
  final JsonMapper json = JsonMapper.builder().build();
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();
  String run;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-06-20T19:00:00Z")); // noon in San Diego
    run = UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aBuildStoresTheWorkbooksAnnouncesEachWithPayAndServesThemForDownload() throws Exception {
    String captain = "captain-" + run;
    String crew = "crew-" + run;
    rates(captain, "300.00", "10.00");
    rates(crew, "180.00", null);
    String sailed = charter(LocalDate.of(2026, 5, 10), captain);
    probe.publish(Topic.DISPATCH_EVENTS, sailed, crewConfirmed(sailed, captain, crew));
    probe.publish(Topic.CHARTER_EVENTS, sailed, Samples.charterCompleted(sailed));
    probe.publish(Topic.CHARTER_EVENTS, sailed, Samples.charterInvoiced(sailed));
    String cancelled = charter(LocalDate.of(2026, 5, 11), captain);
    probe.publish(Topic.CHARTER_EVENTS, cancelled, Samples.charterCancelled(cancelled));
    awaitLedger(sailed, 5);
    awaitLedger(cancelled, 3);

    HttpResponse<String> built = post("/api/statements/2026-05");

    assertThat(built.statusCode()).isEqualTo(200);
    assertThat(built.body())
        .doesNotContain(Path.of("target/it-statements").toAbsolutePath().toString())
        .doesNotContain("location");
    JsonNode body = json.readTree(built.body());
    assertThat(body.get("month").asString()).isEqualTo("2026-05");
    JsonNode ops = file(body, "OPS_SUMMARY", null);
    assertThat(ops.get("fileName").asString()).isEqualTo("May 2026 Revenue Statement.xlsx");
    assertThat(ops.get("download").asString()).isEqualTo("/api/statements/2026-05");
    assertThat(ops.get("announced").asBoolean()).isTrue();
    assertThat(ops.get("corrected").asBoolean()).isFalse();
    assertThat(Path.of("target/it-statements/2026-05/May 2026 Revenue Statement.xlsx")).exists();
    assertThat(Path.of("target/it-statements/2026-05/May 2026 Payroll.csv")).exists();
    JsonNode theirs = file(body, "CAPTAIN", captain);
    assertThat(theirs.get("fileName").asString()).startsWith("May 2026 Statement — Alex Marlow");
    assertThat(theirs.get("download").asString()).isEqualTo("/api/statements/2026-05/" + captain);

    StatementReady captainReady =
        probe.await(
            Topic.STATEMENT_EVENTS, StatementReady.class, e -> captain.equals(e.getCaptainId()));
    assertThat(captainReady.getMonth()).isEqualTo("2026-05");
    assertThat(captainReady.getKind()).isEqualTo(StatementKind.CAPTAIN);
    assertThat(captainReady.getRecipients()).containsExactly(captain + "@example.com");
    assertThat(captainReady.getCorrected()).isFalse();
    assertThat(captainReady.getDriveFileId()).isNull();
    try (XSSFWorkbook workbook = new XSSFWorkbook(bytes(captainReady.getContent()))) {
      Sheet sheet = workbook.getSheet("May 2026");
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(sailed);
      assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Cancelled");
      // 300 a day and 10 % of the invoiced 4,250.00
      assertThat(evaluator.evaluate(sheet.getRow(1).getCell(12)).getNumberValue())
          .isCloseTo(725.0, within(0.001));
      assertThat(evaluator.evaluate(sheet.getRow(4).getCell(12)).getNumberValue())
          .isCloseTo(725.0, within(0.001));
    }
    StatementReady crewReady =
        probe.await(
            Topic.STATEMENT_EVENTS, StatementReady.class, e -> crew.equals(e.getCaptainId()));
    assertThat(crewReady.getKind()).isEqualTo(StatementKind.CREW);
    assertThat(crewReady.getRecipients()).containsExactly(crew + "@example.com");
    assertThat(crewReady.getFileName()).startsWith("May 2026 Statement — Jordan Reef");
    try (XSSFWorkbook workbook = new XSSFWorkbook(bytes(crewReady.getContent()))) {
      Sheet sheet = workbook.getSheet("May 2026");
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Crew");
      assertThat(evaluator.evaluate(sheet.getRow(1).getCell(12)).getNumberValue())
          .isCloseTo(180.0, within(0.001));
    }
    StatementReady opsReady =
        probe.await(
            Topic.STATEMENT_EVENTS,
            StatementReady.class,
            e -> e.getKind() == StatementKind.OPS_SUMMARY && e.getMonth().equals("2026-05"));
    assertThat(opsReady.getRecipients()).containsExactly("office@example.com");
    assertThat(opsReady.getCaptainId()).isNull();
    assertThat(opsReady.getContent()).isNotNull();
    assertThat(opsReady.getPayrollFileName()).isEqualTo("May 2026 Payroll.csv");
    String payroll = new String(bytes(opsReady.getPayrollCsv()).readAllBytes(), UTF_8);
    assertThat(payroll.lines())
        .contains(
            captain + ",Alex Marlow,1,300.00,425.00,725.00",
            crew + ",Jordan Reef,1,180.00,0.00,180.00");

    HttpResponse<byte[]> summary = download("/api/statements/2026-05");
    assertThat(summary.statusCode()).isEqualTo(200);
    assertThat(summary.headers().firstValue("Content-Type")).contains(XLSX);
    assertThat(summary.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment; filename=")
        .contains("Revenue Statement.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(summary.body()))) {
      assertThat(workbook.getSheet("Captains")).isNotNull();
      assertThat(workbook.getSheet("Pay")).isNotNull();
      assertThat(columnB(workbook.getSheet("May 2026"))).contains(sailed, cancelled);
    }
    HttpResponse<byte[]> own = download("/api/statements/2026-05/" + crew);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).isEqualTo(bytes(crewReady.getContent()).readAllBytes());
    HttpResponse<byte[]> csv = download("/api/statements/2026-05/payroll.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(new String(csv.body(), UTF_8)).isEqualTo(payroll);
  }

  @Test
  void aRebuildWithoutChangesSendsNothingAndAChangedOneIsSentAsCorrected() throws Exception {
    String captain = "captain-" + run;
    String id = charter(LocalDate.of(2026, 4, 3), captain);
    awaitLedger(id, 2);

    JsonNode first = json.readTree(post("/api/statements/2026-04").body());
    clock.set(clock.instant().plusSeconds(60));
    JsonNode unchanged = json.readTree(post("/api/statements/2026-04").body());

    assertThat(file(first, "CAPTAIN", captain).get("announced").asBoolean()).isTrue();
    assertThat(file(unchanged, "CAPTAIN", captain).get("announced").asBoolean()).isFalse();
    assertThat(file(unchanged, "OPS_SUMMARY", null).get("announced").asBoolean()).isFalse();

    probe.publish(Topic.CHARTER_EVENTS, id, Samples.charterCompleted(id));
    probe.publish(Topic.CHARTER_EVENTS, id, Samples.charterInvoiced(id));
    awaitLedger(id, 4);
    clock.set(clock.instant().plusSeconds(60));
    JsonNode changed = json.readTree(post("/api/statements/2026-04").body());

    assertThat(file(changed, "CAPTAIN", captain).get("corrected").asBoolean()).isTrue();
    StatementReady corrected =
        probe.await(
            Topic.STATEMENT_EVENTS,
            StatementReady.class,
            e -> captain.equals(e.getCaptainId()) && e.getCorrected());
    assertThat(corrected.getChanges())
        .containsExactly(
            "Changed: Sea Breeze on 2026-04-03 ("
                + id
                + ") (status Staffed → Completed, reportable revenue $0.00 → $4,250.00)");
    // Keyed by month, so in order: an announcement of the unchanged rebuild would be here.
    assertThat(
            probe.events(
                Topic.STATEMENT_EVENTS,
                StatementReady.class,
                e -> captain.equals(e.getCaptainId())))
        .extracting(StatementReady::getCorrected)
        .containsExactly(false, true);
  }

  @Test
  void theCurrentMonthMayBeBuiltToDate() throws Exception {
    awaitLedger(charter(LocalDate.of(2026, 6, 2), "captain-" + run), 2);

    assertThat(post("/api/statements/2026-06").statusCode()).isEqualTo(200);
  }

  @Test
  void aMonthTheLedgerDoesNotKnowIsNotFoundNamingTheMonth() throws Exception {
    for (String path : List.of("/api/statements/2019-01", "/api/statements/2026-02")) {
      HttpResponse<String> response = post(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type"))
          .contains("application/problem+json");
      JsonNode problem = json.readTree(response.body());
      assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("month");
    }
  }

  @Test
  void aMalformedFutureOrAncientMonthIsABadRequestNamingTheMonth() throws Exception {
    for (String path :
        List.of(
            "/api/statements/2026-13",
            "/api/statements/June",
            "/api/statements/2026-07",
            "/api/statements/0001-01")) {
      HttpResponse<String> response = post(path);
      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .contains("application/problem+json");
      JsonNode problem = json.readTree(response.body());
      assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("month");
    }
    HttpResponse<byte[]> future = download("/api/statements/2026-07");
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(json.readTree(post("/api/statements/2026-07").body()).get("detail").asString())
        .contains("must not be after the current month (2026-06 in America/Los_Angeles)");
  }

  @Test
  void aMonthOrPersonWithNothingBuiltIsNotFound() throws Exception {
    assertThat(download("/api/statements/2019-01").statusCode()).isEqualTo(404);
    awaitLedger(charter(LocalDate.of(2026, 3, 3), "captain-" + run), 2);
    assertThat(post("/api/statements/2026-03").statusCode()).isEqualTo(200);

    HttpResponse<byte[]> nobody = download("/api/statements/2026-03/nobody-" + run);
    assertThat(nobody.statusCode()).isEqualTo(404);
    assertThat(nobody.headers().firstValue("Content-Type")).contains("application/problem+json");
  }

  /** Publishes the member's rates, seen well before this spring's charters, and waits for them. */
  private void rates(String crewId, String dayRate, String sharePercent) {
    RosterChanged sample = Samples.rosterChanged(crewId);
    RosterChanged changed =
        RosterChanged.newBuilder(sample)
            .setOccurredAt(Instant.parse("2026-01-05T17:00:00Z"))
            .setMember(
                RosterMember.newBuilder(sample.getMember())
                    .setPay(
                        Pay.newBuilder()
                            .setDayRate(new BigDecimal(dayRate))
                            .setRevenueSharePercent(
                                sharePercent == null ? null : new BigDecimal(sharePercent))
                            .build())
                    .build())
            .build();
    probe.publish(Topic.ROSTER_MEMBERS, crewId, changed);
    await().atMost(Duration.ofSeconds(20)).until(() -> payRates.latest(crewId).isPresent());
  }

  private static CrewConfirmed crewConfirmed(String charterId, String captainId, String crewId) {
    return CrewConfirmed.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(Samples.NOW)
        .setCharterId(charterId)
        .setCallId("call-" + crewId)
        .setCrew(Samples.crew(crewId))
        .setCaptainId(captainId)
        .setCharter(Samples.charterSummary())
        .build();
  }

  /** Books a charter and staffs it with {@code captain}; returns its id. */
  private String charter(LocalDate sailDate, String captain) {
    String id = "CH-" + UUID.randomUUID();
    probe.publish(
        Topic.CHARTER_EVENTS,
        id,
        CharterBooked.newBuilder(Samples.charterBooked(id)).setSailDate(sailDate).build());
    probe.publish(
        Topic.DISPATCH_EVENTS,
        id,
        CharterStaffed.newBuilder(Samples.charterStaffed(id))
            .setCaptain(Samples.captain(captain))
            .build());
    return id;
  }

  private void awaitLedger(String id, int events) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> ledger.find(id).map(e -> e.appliedEventIds().size()).orElse(0) == events);
  }

  private static JsonNode file(JsonNode body, String kind, String captainId) {
    for (JsonNode file : body.get("files")) {
      boolean sameCaptain =
          captainId == null
              ? file.get("crewId") == null || file.get("crewId").isNull()
              : captainId.equals(file.get("crewId").asString());
      if (file.get("kind").asString().equals(kind) && sameCaptain) {
        return file;
      }
    }
    throw new AssertionError("No " + kind + " file for " + captainId + " in " + body);
  }

  private static List<String> columnB(Sheet sheet) {
    List<String> ids = new java.util.ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      if (sheet.getRow(r) != null && sheet.getRow(r).getCell(1) != null) {
        ids.add(sheet.getRow(r).getCell(1).toString());
      }
    }
    return ids;
  }

  private static ByteArrayInputStream bytes(java.nio.ByteBuffer content) {
    var buffer = content.duplicate();
    byte[] out = new byte[buffer.remaining()];
    buffer.get(out);
    return new ByteArrayInputStream(out);
  }

  private HttpResponse<String> post(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", OFFICE)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path)).header("Authorization", OFFICE).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
