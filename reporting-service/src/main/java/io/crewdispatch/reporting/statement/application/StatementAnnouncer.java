package io.crewdispatch.reporting.statement.application;

import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.StatementKind;
import io.crewdispatch.reporting.statement.domain.StoredStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a stored workbook into its notice: the summary goes to the office, a captain's statement to
 * the captain, with the workbook attached when it is small enough for an event.
 */
final class StatementAnnouncer {

  private static final Logger log = LoggerFactory.getLogger(StatementAnnouncer.class);

  private final StatementPublisher publisher;
  private final String officeEmail;
  private final long inlineLimitBytes;

  StatementAnnouncer(StatementPublisher publisher, String officeEmail, long inlineLimitBytes) {
    this.publisher = publisher;
    this.officeEmail = officeEmail;
    this.inlineLimitBytes = inlineLimitBytes;
  }

  void announce(YearMonth month, BuiltStatement built, StoredStatement stored) {
    List<String> recipients = recipients(built);
    if (recipients.isEmpty()) {
      log.warn("event=statement_without_recipient month={} captainId={}", month, built.captainId());
    }
    publisher.publish(
        new StatementNotice(
            month,
            built.kind(),
            built.captainId(),
            recipients,
            built.fileName(),
            stored.driveFileId(),
            stored.webViewLink(),
            inlineContent(built)));
  }

  private List<String> recipients(BuiltStatement built) {
    if (built.kind() == StatementKind.OPS_SUMMARY) {
      return List.of(officeEmail);
    }
    String email = built.captainEmail();
    return email == null || email.isBlank() ? List.of() : List.of(email);
  }

  private byte[] inlineContent(BuiltStatement built) {
    try {
      return Files.size(built.file()) < inlineLimitBytes ? Files.readAllBytes(built.file()) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + built.fileName(), e);
    }
  }
}
