package io.crewdispatch.reporting.statement.domain;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A workbook written to a working file, not yet stored anywhere.
 *
 * @param captainId the captain's Crew ID, for a CAPTAIN statement; null for the summary
 * @param captainEmail the captain's address as dispatch last named it; null for the summary
 */
public record BuiltStatement(
    StatementKind kind, String captainId, String captainEmail, String fileName, Path file) {

  public BuiltStatement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(file, "file");
  }

  /**
   * For logs and exception messages: the kind and the Crew ID ("captain/morgan-tide"), never the
   * file name, which names the person.
   */
  public String ref() {
    return kind.name().toLowerCase(Locale.ROOT) + (captainId == null ? "" : "/" + captainId);
  }
}
