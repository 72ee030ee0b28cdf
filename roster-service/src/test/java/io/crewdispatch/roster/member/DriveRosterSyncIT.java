package io.crewdispatch.roster.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.Integration;
import io.crewdispatch.events.IntegrationState;
import io.crewdispatch.events.IntegrationStateChanged;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.roster.member.application.SyncRoster;
import io.crewdispatch.roster.support.DriveFixture;
import io.crewdispatch.roster.support.FakeDriveApi;
import io.crewdispatch.roster.support.RosterServiceTest;
import io.crewdispatch.roster.support.SheetFixture;
import io.crewdispatch.roster.support.XlsxFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sync behaviour against an .xlsx kept in Google Drive: the real google-api-services-drive
 * client with OAuth refresh-token credentials, pointed at a local server that answers as Drive v3
 * does. The workbook is found by its path, folder by folder.
 */
@RosterServiceTest
class DriveRosterSyncIT extends AssignmentsBehaviour {

  @Autowired SyncRoster syncRoster;

  static final FakeDriveApi DRIVE = new FakeDriveApi();

  @DynamicPropertySource
  static void google(DynamicPropertyRegistry properties) {
    properties.add("crewdispatch.roster.source", () -> "drive");
    properties.add("crewdispatch.roster.drive.path", () -> FakeDriveApi.PATH);
    properties.add("crewdispatch.roster.sheets.drive-root-url", DRIVE::rootUrl);
    properties.add("crewdispatch.roster.sheets.credentials-file", DriveRosterSyncIT::credentials);
    properties.add("crewdispatch.roster.sheets.retry.initial-interval", () -> "20ms");
    properties.add("crewdispatch.roster.sheets.retry.max-interval", () -> "50ms");
    properties.add("crewdispatch.roster.sheets.retry.max-elapsed", () -> "300ms");
    // Every failure here is the end of its retries: announce it without waiting out a threshold.
    properties.add("crewdispatch.platform.ops.outage-threshold", () -> "0s");
  }

  static String credentials() {
    try {
      Path file = Path.of("target/it/drive-authorized-user.json");
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          """
          {"type": "authorized_user", "client_id": "roster-test.apps.example.com",
           "client_secret": "not-a-secret", "refresh_token": "test-refresh-token",
           "token_uri": "%stoken"}
          """
              .formatted(DRIVE.rootUrl()));
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  SheetFixture sheet() {
    return new DriveFixture(DRIVE);
  }

  @Test
  void theWorkbookIsWrittenBackAsANewRevisionKeepingTheOfficesFormatting() throws IOException {
    byte[] original;
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet roster = workbook.createSheet("Roster");
      var bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      String[] header = {"Crew ID", "Name", "Rank", "Email", "Cascade Order"};
      var headerRow = roster.createRow(0);
      for (int c = 0; c < header.length; c++) {
        headerRow.createCell(c).setCellValue(header[c]);
        headerRow.getCell(c).setCellStyle(bold);
      }
      var row = roster.createRow(1);
      row.createCell(1).setCellValue("Ann Drive" + s);
      row.createCell(2).setCellValue("Captain");
      row.createCell(3).setCellValue("ann." + s + "@example.com");
      row.createCell(4).setCellValue(1);
      roster.setColumnWidth(1, 9000);
      Sheet notes = workbook.createSheet("Notes");
      notes.createRow(0).createCell(0).setCellValue("Call the marina on Mondays");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      original = out.toByteArray();
    }
    DRIVE.upload(original);
    int revisions = DRIVE.revisionCount();
    DRIVE.clearRequests();

    var result = sync();

    String crewId = "ann-drive" + s;
    assertThat(ids(result.get("changed"))).contains(crewId);
    assertThat(DRIVE.revisionCount()).as("one new revision per sync").isEqualTo(revisions + 1);
    assertThat(DRIVE.requests())
        .filteredOn(r -> r.startsWith("PATCH"))
        .singleElement()
        .asString()
        .startsWith("PATCH /upload/drive/v3/files/" + FakeDriveApi.FILE_ID + "?")
        .contains("uploadType=media");
    try (Workbook saved = new XSSFWorkbook(new ByteArrayInputStream(DRIVE.current()))) {
      Sheet roster = saved.getSheet("Roster");
      assertThat(roster.getRow(1).getCell(0).getStringCellValue()).isEqualTo(crewId);
      var headerFont = saved.getFontAt(roster.getRow(0).getCell(0).getCellStyle().getFontIndex());
      assertThat(headerFont.getBold()).isTrue();
      assertThat(roster.getColumnWidth(1)).isEqualTo(9000);
      assertThat(saved.getSheet("Notes").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Call the marina on Mondays");
      assertThat(saved.getSheetIndex("Sync Status")).isGreaterThan(saved.getSheetIndex("Notes"));
    }
    assertThat(XlsxFixture.tab(DRIVE.current(), "Sync Status").get(1).get(0))
        .isEqualTo("Members changed");
  }

  @Test
  void aScheduledSyncCostsOneMetadataRequestWhenNothingChanged() {
    sheet().replaceWith(List.of(roster(captain("cap-" + s, 1))));
    syncRoster.syncIfChanged();
    DRIVE.clearRequests();

    assertThat(syncRoster.syncIfChanged().skipped()).isTrue();

    assertThat(DRIVE.requests())
        .containsExactly(
            "GET /drive/v3/files/"
                + FakeDriveApi.FILE_ID
                + "?fields=version&supportsAllDrives=true");
  }

  @Test
  void aDriveOutageAndARevokedGrantAreAnnouncedAndSoIsTheRecovery() {
    sheet().replaceWith(List.of(roster(captain("cap-" + s, 1))));
    sync();
    DRIVE.setDown(true);
    try {
      assertThat(api.post("/api/roster/sync").status()).isEqualTo(503);
      IntegrationStateChanged down =
          probe.await(
              Topic.OPS_EVENTS,
              IntegrationStateChanged.class,
              e ->
                  e.getIntegration() == Integration.DRIVE && e.getState() == IntegrationState.DOWN);
      assertThat(down.getService()).isEqualTo("roster-service");
      assertThat(down.getDetail()).isEqualTo("Google Drive answered 503");
      assertThat(down.getWhatToDo()).isNull();
    } finally {
      DRIVE.setDown(false);
    }
    sync();
    probe.await(
        Topic.OPS_EVENTS,
        IntegrationStateChanged.class,
        e -> e.getIntegration() == Integration.DRIVE && e.getState() == IntegrationState.UP);

    DRIVE.setGrantRevoked(true);
    try {
      assertThat(api.post("/api/roster/sync").status()).isEqualTo(503);
      IntegrationStateChanged revoked =
          probe.await(
              Topic.OPS_EVENTS,
              IntegrationStateChanged.class,
              e ->
                  e.getIntegration() == Integration.DRIVE
                      && e.getState() == IntegrationState.DOWN
                      && e.getWhatToDo() != null);
      assertThat(revoked.getDetail()).startsWith("Google Drive refused our credentials");
      assertThat(revoked.getWhatToDo())
          .startsWith("Re-authorize roster-service's Google account")
          .contains("SHEETS_CREDENTIALS_FILE");
    } finally {
      DRIVE.setGrantRevoked(false);
    }
    sync();
    await()
        .atMost(java.time.Duration.ofSeconds(10))
        .until(
            () ->
                probe
                    .events(
                        Topic.OPS_EVENTS,
                        IntegrationStateChanged.class,
                        e ->
                            e.getIntegration() == Integration.DRIVE
                                && e.getState() == IntegrationState.UP)
                    .size(),
            n -> n == 2); // one after the outage, one after the grant was restored
  }
}
