package io.crewdispatch.reporting.statement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.StatementKind;
import io.crewdispatch.events.StatementReady;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.reporting.MutableClock;
import io.crewdispatch.reporting.ReportingServiceTest;
import io.crewdispatch.reporting.ledger.application.CharterLedger;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired CharterLedger ledger;
  final HttpClient http = HttpClient.newHttpClient();
  final JsonMapper json = JsonMapper.builder().build();
  KafkaProbe probe;
  String run;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-06-20T19:00:00Z")); // noon in San Diego
    probe = KafkaProbe.open();
    run = UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void closeProbe() {
    probe.close();
  }

  @Test
  void aBuildStoresTheWorkbooksAnnouncesEachAndServesThemForDownload() throws Exception {
    String captain = "captain-" + run;
    String sailed = charter(LocalDate.of(2026, 5, 10), captain);
    probe.publish(Topic.CHARTER_EVENTS, sailed, Samples.charterCompleted(sailed));
    probe.publish(Topic.CHARTER_EVENTS, sailed, Samples.charterInvoiced(sailed));
    String cancelled = charter(LocalDate.of(2026, 5, 11), captain);
    probe.publish(Topic.CHARTER_EVENTS, cancelled, Samples.charterCancelled(cancelled));
    awaitLedger(sailed, 4);
    awaitLedger(cancelled, 3);

    HttpResponse<String> built = post("/api/statements/2026-05");

    assertThat(built.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(built.body());
    assertThat(body.get("month").asString()).isEqualTo("2026-05");
    JsonNode ops = file(body, "OPS_SUMMARY", null);
    assertThat(ops.get("fileName").asString()).isEqualTo("statement-2026-05-ops-summary.xlsx");
    assertThat(Path.of(ops.get("location").asString()))
        .isEqualTo(
            Path.of("target/it-statements/2026-05/statement-2026-05-ops-summary.xlsx")
                .toAbsolutePath())
        .exists();
    JsonNode theirs = file(body, "CAPTAIN", captain);
    assertThat(theirs.get("fileName").asString())
        .isEqualTo("statement-2026-05-" + captain + ".xlsx");
    assertThat(Path.of(theirs.get("location").asString())).exists();

    StatementReady captainReady =
        probe.await(
            Topic.STATEMENT_EVENTS, StatementReady.class, e -> captain.equals(e.getCaptainId()));
    assertThat(captainReady.getMonth()).isEqualTo("2026-05");
    assertThat(captainReady.getKind()).isEqualTo(StatementKind.CAPTAIN);
    assertThat(captainReady.getRecipients()).containsExactly(captain + "@example.com");
    assertThat(captainReady.getFileName()).isEqualTo("statement-2026-05-" + captain + ".xlsx");
    assertThat(captainReady.getDriveFileId()).isNull();
    try (XSSFWorkbook workbook = new XSSFWorkbook(bytes(captainReady))) {
      Sheet sheet = workbook.getSheet("Charters");
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(sailed);
      assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("Cancelled");
      assertThat(evaluator.evaluate(sheet.getRow(4).getCell(10)).getNumberValue())
          .isCloseTo(4250.0, within(0.001));
      assertThat(evaluator.evaluate(sheet.getRow(4).getCell(6)).getNumberValue())
          .isCloseTo(4250.0, within(0.001));
    }
    StatementReady opsReady =
        probe.await(
            Topic.STATEMENT_EVENTS,
            StatementReady.class,
            e -> e.getKind() == StatementKind.OPS_SUMMARY && e.getMonth().equals("2026-05"));
    assertThat(opsReady.getRecipients()).containsExactly("office@example.com");
    assertThat(opsReady.getCaptainId()).isNull();
    assertThat(opsReady.getContent()).isNotNull();

    HttpResponse<byte[]> summary = download("/api/statements/2026-05");
    assertThat(summary.statusCode()).isEqualTo(200);
    assertThat(summary.headers().firstValue("Content-Type")).contains(XLSX);
    assertThat(summary.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"statement-2026-05-ops-summary.xlsx\"");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(summary.body()))) {
      assertThat(workbook.getSheet("Captains")).isNotNull();
      assertThat(columnB(workbook.getSheet("Charters"))).contains(sailed, cancelled);
    }
    HttpResponse<byte[]> own = download("/api/statements/2026-05/" + captain);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"statement-2026-05-" + captain + ".xlsx\"");
    assertThat(own.body())
        .isEqualTo(Files.readAllBytes(Path.of(theirs.get("location").asString())));
  }

  @Test
  void aRebuildReplacesTheMonthsFilesAndAnnouncesThemAgain() throws Exception {
    String captain = "captain-" + run;
    String id = charter(LocalDate.of(2026, 4, 3), captain);
    awaitLedger(id, 2);

    JsonNode first = json.readTree(post("/api/statements/2026-04").body());
    clock.set(clock.instant().plusSeconds(60));
    JsonNode second = json.readTree(post("/api/statements/2026-04").body());

    assertThat(Instant.parse(second.get("builtAt").asString()))
        .isAfter(Instant.parse(first.get("builtAt").asString()));
    assertThat(file(second, "CAPTAIN", captain).get("location").asString())
        .isEqualTo(file(first, "CAPTAIN", captain).get("location").asString());
    await()
        .atMost(KafkaProbe.DEFAULT_WAIT)
        .until(
            () ->
                probe
                    .events(
                        Topic.STATEMENT_EVENTS,
                        StatementReady.class,
                        e -> captain.equals(e.getCaptainId()))
                    .size(),
            n -> n == 2);
  }

  @Test
  void theCurrentMonthMayBeBuiltToDate() throws Exception {
    String captain = "captain-" + run;
    String sailed = charter(LocalDate.of(2026, 6, 5), captain);
    awaitLedger(sailed, 2);

    HttpResponse<String> built = post("/api/statements/2026-06");

    assertThat(built.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(built.body());
    assertThat(body.get("month").asString()).isEqualTo("2026-06");
    assertThat(file(body, "CAPTAIN", captain).get("fileName").asString())
        .isEqualTo("statement-2026-06-" + captain + ".xlsx");
    HttpResponse<byte[]> summary = download("/api/statements/2026-06");
    assertThat(summary.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(summary.body()))) {
      assertThat(columnB(workbook.getSheet("Charters"))).contains(sailed);
    }
  }

  @Test
  void aMalformedOrFutureMonthIsABadRequestNamingTheMonth() throws Exception {
    for (String path :
        List.of("/api/statements/2026-13", "/api/statements/June", "/api/statements/2026-07")) {
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
  void aMonthOrCaptainWithNothingBuiltIsNotFound() throws Exception {
    assertThat(download("/api/statements/2019-01").statusCode()).isEqualTo(404);
    charter(LocalDate.of(2026, 3, 3), "captain-" + run);
    post("/api/statements/2026-03");

    HttpResponse<byte[]> nobody = download("/api/statements/2026-03/nobody-" + run);
    assertThat(nobody.statusCode()).isEqualTo(404);
    assertThat(nobody.headers().firstValue("Content-Type")).contains("application/problem+json");
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
              ? file.get("captainId") == null || file.get("captainId").isNull()
              : captainId.equals(file.get("captainId").asString());
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

  private static ByteArrayInputStream bytes(StatementReady event) {
    var buffer = event.getContent().duplicate();
    byte[] out = new byte[buffer.remaining()];
    buffer.get(out);
    return new ByteArrayInputStream(out);
  }

  private HttpResponse<String> post(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
