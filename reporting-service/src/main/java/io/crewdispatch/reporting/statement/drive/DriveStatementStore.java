package io.crewdispatch.reporting.statement.drive;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.FileContent;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.Permission;
import io.crewdispatch.reporting.statement.application.StatementNotFoundException;
import io.crewdispatch.reporting.statement.application.StatementStore;
import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.StatementKind;
import io.crewdispatch.reporting.statement.domain.StoredStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads each workbook into the configured Drive folder, converted to a Google Sheet (the office
 * opens it in the browser, formulas live), and shares it with the configured addresses. Small files
 * go in one multipart request, big ones by resumable upload. Downloads export the sheet as .xlsx.
 */
class DriveStatementStore implements StatementStore {

  static final String CSV = "text/csv";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String GOOGLE_SHEET = "application/vnd.google-apps.spreadsheet";

  private static final Logger log = LoggerFactory.getLogger(DriveStatementStore.class);

  private final Drive drive;
  private final String folderId;
  private final List<String> shareWith;
  private final String shareRole;
  private final long multipartLimitBytes;
  private final DriveHealth health;

  DriveStatementStore(
      Drive drive,
      String folderId,
      List<String> shareWith,
      String shareRole,
      long multipartLimitBytes,
      DriveHealth health) {
    this.drive = drive;
    this.folderId = folderId;
    this.shareWith = shareWith.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    this.shareRole = shareRole;
    this.multipartLimitBytes = multipartLimitBytes;
    this.health = health;
  }

  @Override
  public StoredStatement store(YearMonth month, BuiltStatement statement) {
    try {
      // The payroll stays a CSV file (payroll software imports it as such); workbooks become
      // Google Sheets.
      boolean csv = statement.kind() == StatementKind.PAYROLL;
      File metadata =
          new File()
              .setName(
                  csv ? statement.fileName() : statement.fileName().replaceFirst("\\.xlsx$", ""))
              .setMimeType(csv ? CSV : GOOGLE_SHEET)
              .setParents(List.of(folderId));
      Drive.Files.Create create =
          drive
              .files()
              .create(metadata, new FileContent(csv ? CSV : XLSX, statement.file().toFile()))
              .setFields("id,webViewLink")
              .setSupportsAllDrives(true);
      create
          .getMediaHttpUploader()
          .setDirectUploadEnabled(Files.size(statement.file()) <= multipartLimitBytes);
      File created = create.execute();
      share(created.getId());
      health.answered();
      log.info(
          "event=statement_stored store=drive month={} statement={} driveFileId={}",
          month,
          statement.ref(),
          created.getId());
      return new StoredStatement(
          statement.kind(),
          statement.captainId(),
          statement.captainEmail(),
          statement.fileName(),
          created.getWebViewLink(),
          created.getId(),
          created.getWebViewLink());
    } catch (IOException e) {
      health.failed("upload", e);
      throw new UncheckedIOException(
          "Drive upload of the statement " + statement.ref() + " failed", e);
    }
  }

  private void share(String fileId) throws IOException {
    for (String address : shareWith) {
      drive
          .permissions()
          .create(
              fileId, new Permission().setType("user").setRole(shareRole).setEmailAddress(address))
          .setSendNotificationEmail(false)
          .setSupportsAllDrives(true)
          .execute();
    }
  }

  @Override
  public InputStream open(StoredStatement statement) {
    try {
      InputStream in =
          statement.kind() == StatementKind.PAYROLL
              ? drive
                  .files()
                  .get(statement.driveFileId())
                  .setSupportsAllDrives(true)
                  .executeMediaAsInputStream()
              : drive.files().export(statement.driveFileId(), XLSX).executeMediaAsInputStream();
      health.answered();
      return in;
    } catch (GoogleJsonResponseException e) {
      health.failed("download", e);
      if (e.getStatusCode() == 404) {
        throw new StatementNotFoundException(
            "The statement " + statement.ref() + " is no longer on Drive");
      }
      throw new UncheckedIOException(
          "Drive export of the statement " + statement.ref() + " failed", e);
    } catch (IOException e) {
      health.failed("download", e);
      throw new UncheckedIOException(
          "Drive export of the statement " + statement.ref() + " failed", e);
    }
  }

  /** Moves a replaced statement to the trash, where the office can still recover it. */
  @Override
  public void discard(StoredStatement replaced) {
    if (replaced.driveFileId() == null) {
      return;
    }
    try {
      drive
          .files()
          .update(replaced.driveFileId(), new File().setTrashed(true))
          .setSupportsAllDrives(true)
          .execute();
      health.answered();
    } catch (GoogleJsonResponseException e) {
      health.failed("trash", e);
      if (e.getStatusCode() != 404) {
        throw new UncheckedIOException("Drive could not trash the statement " + replaced.ref(), e);
      }
    } catch (IOException e) {
      health.failed("trash", e);
      throw new UncheckedIOException("Drive could not trash the statement " + replaced.ref(), e);
    }
  }
}
