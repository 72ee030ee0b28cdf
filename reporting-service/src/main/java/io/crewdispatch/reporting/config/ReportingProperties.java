package io.crewdispatch.reporting.config;

import io.crewdispatch.reporting.statement.domain.StatementNames;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Everything reporting-service can be told, under {@code crewdispatch.reporting} (environment
 * variables in application.yml and the README).
 *
 * @param operatorTimeZone the office's time zone: when the 1st of the month begins, and which month
 *     is "current"
 * @param officeEmail who receives the ops summary
 */
@Validated
@ConfigurationProperties("crewdispatch.reporting")
public record ReportingProperties(
    @NotNull @DefaultValue("America/Los_Angeles") ZoneId operatorTimeZone,
    @NotBlank @Email String officeEmail,
    @Valid @NotNull @DefaultValue Schedule schedule,
    @Valid @NotNull @DefaultValue Store store,
    @Valid @NotNull @DefaultValue Drive drive,
    @Valid @NotNull @DefaultValue Workbook workbook,
    @Valid @NotNull @DefaultValue Names names) {

  /**
   * @param enabled run the monthly build automatically
   * @param cron when (Spring cron, six fields, in the operator's time zone); the build is for the
   *     month before the one the cron fires in
   * @param checkInterval how often an instance looks whether a run is due (a run fires within this
   *     of its time)
   * @param catchUp a run missed while no instance was up is still made if started within this
   * @param lease how long a claimed run may take before another instance may take it over
   */
  public record Schedule(
      @DefaultValue("true") boolean enabled,
      @NotBlank @DefaultValue("0 0 6 1 * *") String cron,
      @NotNull @DefaultValue("30s") Duration checkInterval,
      @NotNull @DefaultValue("1d") Duration catchUp,
      @NotNull @DefaultValue("1h") Duration lease) {}

  /** Where finished workbooks go. */
  public enum StoreType {
    LOCAL,
    DRIVE
  }

  /**
   * @param type local (a folder, the default) or drive
   * @param localDir the folder of the local store; workbooks go to {@code <localDir>/<yyyy-MM>/}
   */
  public record Store(
      @NotNull @DefaultValue("local") StoreType type,
      @NotNull @DefaultValue("var/drive") Path localDir) {}

  /**
   * @param folderId the Drive folder statements are uploaded into (required for the drive store)
   * @param shareWith addresses each uploaded statement is shared with (none by default)
   * @param shareRole the role they get: reader, commenter or writer
   * @param credentialsFile a Google credentials JSON (service account or authorized user); blank:
   *     Application Default Credentials
   * @param rootUrl the Drive API root (tests point it at a local server); blank: Google's
   * @param multipartLimit workbooks up to this size go in one multipart request, bigger ones by
   *     resumable upload
   */
  public record Drive(
      String folderId,
      @NotNull @DefaultValue List<String> shareWith,
      @NotBlank @DefaultValue("writer") String shareRole,
      String credentialsFile,
      String rootUrl,
      @NotNull @DefaultValue("5MB") DataSize multipartLimit,
      @NotNull @DefaultValue("20s") Duration connectTimeout,
      @NotNull @DefaultValue("120s") Duration readTimeout) {}

  /**
   * @param inlineContentLimit a StatementReady carries the workbook itself when it is smaller
   * @param rowWindow rows of each sheet kept in memory while streaming (SXSSF window)
   * @param currencyFormat Excel number format of money cells
   * @param dateFormat Excel number format of date cells
   */
  public record Workbook(
      @NotNull @DefaultValue("900KB") DataSize inlineContentLimit,
      @Min(1) @Max(10_000) @DefaultValue("100") int rowWindow,
      @NotBlank @DefaultValue("\"$\"#,##0.00") String currencyFormat,
      @NotBlank @DefaultValue("yyyy-mm-dd") String dateFormat) {}

  /**
   * The office's names for files and sheets. Patterns take {@code {month}} (formatted with {@code
   * monthFormat} in {@code locale}) and, for a person's statement, {@code {name}}; the extension is
   * added. Characters Drive or a file system refuse are removed.
   *
   * @param summary the ops summary ("May 2024 Revenue Statement.xlsx")
   * @param person a captain's or crew member's statement ("May 2024 Statement — Morgan Tide.xlsx")
   * @param payroll the payroll CSV beside the summary ("May 2024 Payroll.csv")
   * @param sheet the month's sheet in every workbook ("May 2024")
   */
  public record Names(
      @NotBlank @DefaultValue("MMMM yyyy") String monthFormat,
      @NotNull @DefaultValue("en-US") Locale locale,
      @NotBlank @DefaultValue("{month} Revenue Statement") String summary,
      @NotBlank @DefaultValue("{month} Statement — {name}") String person,
      @NotBlank @DefaultValue("{month} Payroll") String payroll,
      @NotBlank @DefaultValue("{month}") String sheet) {

    public StatementNames statementNames() {
      return new StatementNames(monthFormat, locale, summary, person, payroll, sheet);
    }

    @AssertTrue(message = "names.month-format must be a date pattern, like MMMM yyyy")
    public boolean isMonthFormatValid() {
      try {
        java.time.format.DateTimeFormatter.ofPattern(monthFormat).format(java.time.YearMonth.now());
        return true;
      } catch (RuntimeException e) {
        return false;
      }
    }
  }

  @AssertTrue(message = "drive.folder-id (DRIVE_FOLDER_ID) is required when the store is drive")
  public boolean isDriveFolderGivenForDriveStore() {
    return store == null
        || store.type() != StoreType.DRIVE
        || (drive != null && drive.folderId() != null && !drive.folderId().isBlank());
  }
}
