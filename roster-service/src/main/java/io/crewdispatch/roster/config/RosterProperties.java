package io.crewdispatch.roster.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything roster-service can be told, under {@code crewdispatch.roster}.
 *
 * @param operatorTimeZone the office's time zone, for anything not tied to one charter (month tabs,
 *     the sync report's time)
 * @param source where the office's sheet lives: a local workbook, Google Sheets, or an .xlsx file
 *     kept in Google Drive
 * @param xlsx the local workbook
 * @param sheets the Google spreadsheet, and the Google settings (credentials, Drive's root URL,
 *     back-off) the Drive-kept workbook uses too
 * @param drive the .xlsx workbook kept in Google Drive
 * @param sync when the sheet is read
 * @param phoneRegion the region (ISO 3166 code) of phone numbers written without a country code
 * @param certificates when the office hears that a certificate lapses soon
 * @param portal availability the crew set themselves in the crew portal
 */
@Validated
@ConfigurationProperties("crewdispatch.roster")
public record RosterProperties(
    @NotNull @DefaultValue("America/Los_Angeles") ZoneId operatorTimeZone,
    @NotNull @DefaultValue("xlsx") Source source,
    @Valid @NotNull @DefaultValue Xlsx xlsx,
    @Valid @NotNull @DefaultValue Sheets sheets,
    @Valid @NotNull @DefaultValue Drive drive,
    @Valid @NotNull @DefaultValue Sync sync,
    @NotBlank @DefaultValue("US") String phoneRegion,
    @Valid @NotNull @DefaultValue Certificates certificates,
    @Valid @NotNull @DefaultValue Portal portal) {

  /**
   * @param warnDaysBefore CertificateExpiring goes out this many days before a certificate lapses
   * @param checkInterval how often stored certificates are checked besides each sync (a member
   *     whose sheet row does not change still crosses the line as days pass)
   */
  public record Certificates(
      @Min(1) @DefaultValue("30") int warnDaysBefore,
      @NotNull @DefaultValue("24h") Duration checkInterval) {}

  /**
   * @param daysAhead how far ahead a crew member may set their availability (AvailabilitySet for a
   *     day outside today..today+daysAhead is refused and dead-lettered)
   */
  public record Portal(@Min(1) @DefaultValue("90") int daysAhead) {}

  public enum Source {
    XLSX,
    SHEETS,
    DRIVE
  }

  /**
   * @param fileId the workbook's Drive file id (from its URL); when blank, {@code path} finds it
   * @param path where the workbook is in Drive, folder by folder from My Drive's root: {@code
   *     /JADA/Crew/roster-master.xlsx}
   */
  public record Drive(String fileId, String path) {}

  /**
   * @param path the workbook read and written with Apache POI
   * @param seedIfMissing create the workbook with an invented roster when it does not exist
   */
  public record Xlsx(
      @NotNull @DefaultValue("var/roster.xlsx") Path path,
      @DefaultValue("false") boolean seedIfMissing) {}

  /**
   * @param spreadsheetId the spreadsheet's id (from its URL); required when the source is sheets
   * @param credentialsFile a service-account key or an authorized-user (OAuth refresh token) JSON
   *     file; blank means Application Default Credentials
   * @param rootUrl the Sheets API root (ends with /); tests point it at a local server
   * @param driveRootUrl the Drive API root, asked for the spreadsheet's modifiedTime
   * @param tokenUri overrides the token endpoint named in the credentials file
   * @param retry back-off on 429 and 5xx answers
   */
  public record Sheets(
      String spreadsheetId,
      Path credentialsFile,
      @NotBlank @DefaultValue("https://sheets.googleapis.com/") String rootUrl,
      @NotBlank @DefaultValue("https://www.googleapis.com/") String driveRootUrl,
      URI tokenUri,
      @Valid @NotNull @DefaultValue Retry retry) {}

  /** Exponential back-off with jitter (randomization 0.5) for quota (429) and server errors. */
  public record Retry(
      @NotNull @DefaultValue("1s") Duration initialInterval,
      @NotNull @DefaultValue("32s") Duration maxInterval,
      @NotNull @DefaultValue("2m") Duration maxElapsed) {}

  /**
   * @param scheduled run the sync on a schedule (on-demand syncs work either way)
   * @param interval time between scheduled syncs
   * @param fullReadEvery a scheduled sync reads the sheet at least this often even when its
   *     modification marker has not moved (a safety net for a missed edit)
   */
  public record Sync(
      @DefaultValue("true") boolean scheduled,
      @NotNull @DefaultValue("60s") Duration interval,
      @NotNull @DefaultValue("10m") Duration fullReadEvery) {}
}
