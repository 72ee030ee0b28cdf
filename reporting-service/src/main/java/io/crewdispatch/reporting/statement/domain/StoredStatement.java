package io.crewdispatch.reporting.statement.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * A workbook where people can get it.
 *
 * @param location where it is: a file path for the local store, the web link for Drive
 * @param driveFileId the Drive file, or null
 * @param webViewLink the link that opens it in Drive, or null
 */
public record StoredStatement(
    StatementKind kind,
    String captainId,
    String captainEmail,
    String fileName,
    String location,
    String driveFileId,
    String webViewLink) {

  public StoredStatement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(location, "location");
  }

  public boolean isFor(String captain) {
    return captain == null ? kind == StatementKind.OPS_SUMMARY : captain.equals(captainId);
  }

  /**
   * For logs and exception messages: the kind and the Crew ID ("captain/morgan-tide"), never the
   * file name, which names the person.
   */
  public String ref() {
    return kind.name().toLowerCase(Locale.ROOT) + (captainId == null ? "" : "/" + captainId);
  }
}
