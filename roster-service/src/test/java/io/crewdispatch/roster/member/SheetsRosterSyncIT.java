package io.crewdispatch.roster.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.roster.sheet.domain.Tab;
import io.crewdispatch.roster.support.Api;
import io.crewdispatch.roster.support.FakeSheetsApi;
import io.crewdispatch.roster.support.RosterServiceTest;
import io.crewdispatch.roster.support.SheetFixture;
import io.crewdispatch.roster.support.SheetsFixture;
import io.crewdispatch.testsupport.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sync behaviour against Google Sheets: the real google-api-services-sheets client, OAuth
 * refresh-token credentials, all pointed at a local server that answers as Google does.
 */
@RosterServiceTest
class SheetsRosterSyncIT extends AssignmentsBehaviour {

  static final FakeSheetsApi GOOGLE = new FakeSheetsApi();

  @DynamicPropertySource
  static void google(DynamicPropertyRegistry properties) {
    properties.add("crewdispatch.roster.source", () -> "sheets");
    properties.add("crewdispatch.roster.sheets.spreadsheet-id", () -> FakeSheetsApi.SPREADSHEET_ID);
    properties.add("crewdispatch.roster.sheets.root-url", GOOGLE::rootUrl);
    properties.add("crewdispatch.roster.sheets.drive-root-url", GOOGLE::rootUrl);
    properties.add("crewdispatch.roster.sheets.credentials-file", SheetsRosterSyncIT::credentials);
    properties.add("crewdispatch.roster.sheets.retry.initial-interval", () -> "20ms");
    properties.add("crewdispatch.roster.sheets.retry.max-interval", () -> "100ms");
  }

  /** An authorized-user file (an OAuth refresh token) whose token endpoint is the fake. */
  static String credentials() {
    try {
      Path file = Path.of("target/it/google-authorized-user.json");
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          """
          {"type": "authorized_user", "client_id": "roster-test.apps.example.com",
           "client_secret": "not-a-secret", "refresh_token": "test-refresh-token",
           "token_uri": "%stoken"}
          """
              .formatted(GOOGLE.rootUrl()));
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  SheetFixture sheet() {
    return new SheetsFixture(GOOGLE);
  }

  /**
   * Six confirmations published together: one read and one write of the sheet per fetch of the
   * listener, not one each (the records lie on up to three partitions, so at most three fetches).
   */
  @Test
  void confirmationsPublishedTogetherAreWrittenInOneCallPerFetch() {
    GOOGLE.replaceWith(List.of(roster(captain("cap-" + s, 1))));
    GOOGLE.clearRequests();

    List<String> charters = together();

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(GOOGLE.tab("Assignments").stream().skip(1).map(r -> r.get(3)))
                    .containsExactlyInAnyOrderElementsOf(charters));
    String spreadsheet = "/v4/spreadsheets/" + FakeSheetsApi.SPREADSHEET_ID;
    assertThat(
            GOOGLE.requests().stream()
                .filter(r -> r.equals("POST " + spreadsheet + "/values:batchUpdate")))
        .hasSizeBetween(1, 3);
    // Every read starts with spreadsheets.get (scheduled syncs are off in tests); its
    // values:batchGet is skipped while the tab does not exist yet, as in the first fetch here.
    assertThat(GOOGLE.requests().stream().filter(r -> r.equals("GET " + spreadsheet)))
        .hasSizeBetween(1, 3);
  }

  @Test
  void aSyncIsOneBatchedReadAndOneBatchedWrite() {
    GOOGLE.replaceWith(
        List.of(roster(captain("cap-" + s, 1)), month("June 2026", "cap-" + s, "A")));
    GOOGLE.clearRequests();

    sync();

    assertThat(GOOGLE.requests())
        .containsExactly(
            "GET /v4/spreadsheets/" + FakeSheetsApi.SPREADSHEET_ID,
            "GET /v4/spreadsheets/" + FakeSheetsApi.SPREADSHEET_ID + "/values:batchGet",
            "POST /v4/spreadsheets/" + FakeSheetsApi.SPREADSHEET_ID + ":batchUpdate",
            "POST /v4/spreadsheets/" + FakeSheetsApi.SPREADSHEET_ID + "/values:batchUpdate",
            "GET /drive/v3/files/" + FakeSheetsApi.SPREADSHEET_ID);
  }

  @Test
  void aTabIsGrownBeforeValuesAreWrittenPastItsLastRow() {
    String charterId = "charter-" + s;
    GOOGLE.replaceWith(
        List.of(roster(captain("cap-" + s, 1)), Tab.of("Assignments", List.of(HEADERS))));
    GOOGLE.setGridRows("Assignments", 1);

    probe.publish(Topic.DISPATCH_EVENTS, charterId, Samples.charterStaffed(charterId));

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(GOOGLE.tab("Assignments"))
                    .anySatisfy(r -> assertThat(r).contains(charterId)));
  }

  @Test
  void quotaErrorsAreRetriedWithBackOff() {
    GOOGLE.replaceWith(List.of(roster(captain("cap-" + s, 1))));
    GOOGLE.clearRequests();
    GOOGLE.failWithQuotaErrors(2);

    var result = sync();

    assertThat(ids(result.get("changed"))).contains("cap-" + s);
    assertThat(GOOGLE.requests().subList(0, 3))
        .allMatch(r -> r.equals("GET /v4/spreadsheets/" + FakeSheetsApi.SPREADSHEET_ID));
  }

  @Test
  void aDeletedSpreadsheetIsReportedByHealth() {
    GOOGLE.replaceWith(List.of(roster(captain("cap-" + s, 1))));
    sync();
    GOOGLE.setDeleted(true);
    try {
      var reply = api.post("/api/roster/sync");
      assertThat(reply.status()).isEqualTo(503);
      var health =
          new Api(managementPort, null)
              .get("/actuator/health")
              .body()
              .get("components")
              .get("rosterSheet");
      assertThat(health.get("details").get("problem").asString())
          .contains("spreadsheet " + FakeSheetsApi.SPREADSHEET_ID + " was not found");
      assertThat(member("cap-" + s).get("active").asBoolean()).isTrue();
    } finally {
      GOOGLE.setDeleted(false);
    }
    sync();
  }
}
