package io.crewdispatch.roster.sheet.xlsx;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.services.drive.Drive;
import io.crewdispatch.platform.logging.Failures;
import io.crewdispatch.roster.config.RosterProperties;
import io.crewdispatch.roster.sheet.application.RosterSheet;
import io.crewdispatch.roster.sheet.domain.CellUpdate;
import io.crewdispatch.roster.sheet.domain.SheetSnapshot;
import io.crewdispatch.roster.sheet.domain.SheetUnreadableException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The office's .xlsx kept in Google Drive (Drive v3): downloaded whole (files.get alt=media), read
 * and changed with the same POI code as the local file, and written back with files.update as a new
 * revision of the same file, so its id, sharing, history and the office's formatting stay. Drive's
 * {@code version} (it moves with every change) is the cheap "has it changed" look.
 */
@Component
@ConditionalOnProperty(prefix = "crewdispatch.roster", name = "source", havingValue = "drive")
class DriveRosterSheet implements RosterSheet {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final Logger log = LoggerFactory.getLogger(DriveRosterSheet.class);

  private final Drive drive;
  private final RosterProperties.Drive settings;
  private String fileId;

  /** As in the local adapter: a write on an unmoved file changes this copy, not a new download. */
  private Workbook lastRead;

  private Optional<String> lastReadVersion = Optional.empty();

  DriveRosterSheet(Drive drive, RosterProperties properties) {
    this.drive = drive;
    this.settings = properties.drive();
    if (isBlank(settings.fileId()) && isBlank(settings.path())) {
      throw new IllegalStateException(
          "crewdispatch.roster.drive.file-id (DRIVE_FILE_ID) or crewdispatch.roster.drive.path"
              + " (DRIVE_FILE_PATH) is required when the roster source is drive");
    }
  }

  @Override
  public synchronized Optional<String> version() {
    try {
      return Optional.of(currentVersion());
    } catch (IOException | SheetUnreadableException unknown) {
      log.debug("event=sheet_version_unknown error={}", Failures.describe(unknown));
      return Optional.empty();
    }
  }

  @Override
  public SheetSnapshot read() {
    return read(null);
  }

  @Override
  public synchronized SheetSnapshot read(Set<String> tabs) {
    try {
      String version = currentVersion();
      Workbook workbook = download();
      remember(workbook, Optional.of(version));
      return XlsxWorkbook.snapshot(workbook, tabs);
    } catch (IOException failed) {
      forgetMovedFile(failed);
      throw new SheetUnreadableException(DriveFiles.reason(failed, describe()), failed);
    }
  }

  @Override
  public synchronized Optional<String> write(SheetSnapshot basis, List<CellUpdate> updates) {
    if (updates.isEmpty()) {
      return version();
    }
    try {
      String before = currentVersion();
      boolean unmoved = lastRead != null && lastReadVersion.equals(Optional.of(before));
      Workbook workbook = unmoved ? lastRead : download();
      remember(workbook, Optional.empty());
      XlsxWorkbook.apply(workbook, updates);
      var update =
          drive
              .files()
              .update(fileId(), null, new ByteArrayContent(XLSX, XlsxWorkbook.bytes(workbook)))
              .setFields("version")
              .setSupportsAllDrives(true);
      // One request (uploadType=media): a roster workbook is far below Drive's 5 MB simple limit.
      update.getMediaHttpUploader().setDirectUploadEnabled(true);
      String after = String.valueOf(update.execute().getVersion());
      remember(workbook, Optional.of(after));
      // Saved by someone since our read: their edit is unseen, so the next scheduled sync must
      // read.
      return unmoved ? Optional.of(after) : Optional.empty();
    } catch (IOException failed) {
      throw new UncheckedIOException(DriveFiles.reason(failed, describe()), failed);
    }
  }

  @Override
  public String describe() {
    return "drive:" + DriveFiles.describe(settings);
  }

  private String currentVersion() throws IOException {
    var file =
        drive.files().get(fileId()).setFields("version").setSupportsAllDrives(true).execute();
    return String.valueOf(file.getVersion());
  }

  private Workbook download() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    drive.files().get(fileId()).setSupportsAllDrives(true).executeMediaAndDownloadTo(bytes);
    return XlsxWorkbook.parse(new ByteArrayInputStream(bytes.toByteArray()), describe());
  }

  /** Resolved once: a path walk costs a request per folder. */
  private String fileId() throws IOException {
    if (fileId == null) {
      fileId = DriveFiles.resolve(drive, settings);
    }
    return fileId;
  }

  /** A file found by path and since deleted or moved: the next read looks the path up again. */
  private void forgetMovedFile(IOException failed) {
    if (isBlank(settings.fileId())
        && failed instanceof GoogleJsonResponseException e
        && e.getStatusCode() == 404) {
      fileId = null;
    }
  }

  private void remember(Workbook workbook, Optional<String> version) {
    if (lastRead != workbook) {
      XlsxWorkbook.close(lastRead);
    }
    lastRead = workbook;
    lastReadVersion = version;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
