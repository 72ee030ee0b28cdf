package io.crewdispatch.reporting.statement.web;

import io.crewdispatch.reporting.statement.domain.StatementBuild;
import io.crewdispatch.reporting.statement.domain.StatementKind;
import io.crewdispatch.reporting.statement.domain.StoredStatement;
import java.time.Instant;
import java.util.List;

/**
 * The answer to a build: the month and every file it has. Where a file sits on the server is never
 * said: {@code download} is this API's own path, {@code webViewLink} the Drive link (Drive only).
 *
 * @param announced files sent this time (new, or changed since last sent)
 */
record StatementsBuilt(String month, Instant builtAt, List<File> files) {

  /**
   * @param crewId the person a CAPTAIN or CREW statement is for
   * @param announced sent to its recipients by this build
   * @param corrected sent as a correction of a statement sent before
   */
  record File(
      String kind,
      String crewId,
      String fileName,
      String download,
      String webViewLink,
      boolean announced,
      boolean corrected) {}

  static StatementsBuilt of(StatementBuild build) {
    String month = build.manifest().month().toString();
    return new StatementsBuilt(
        month,
        build.manifest().builtAt(),
        build.manifest().files().stream()
            .map(
                f ->
                    new File(
                        f.kind().name(),
                        f.captainId(),
                        f.fileName(),
                        download(month, f),
                        f.webViewLink(),
                        build.announced().contains(f.fileName()),
                        build.corrected().contains(f.fileName())))
            .toList());
  }

  private static String download(String month, StoredStatement file) {
    if (file.kind() == StatementKind.PAYROLL) {
      return "/api/statements/" + month + "/payroll.csv";
    }
    return file.captainId() == null
        ? "/api/statements/" + month
        : "/api/statements/" + month + "/" + file.captainId();
  }
}
