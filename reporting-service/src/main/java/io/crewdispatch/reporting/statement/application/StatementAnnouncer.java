package io.crewdispatch.reporting.statement.application;

import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.SentStatement;
import io.crewdispatch.reporting.statement.domain.StatementContent;
import io.crewdispatch.reporting.statement.domain.StatementKind;
import io.crewdispatch.reporting.statement.domain.StoredStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a stored workbook into its notice: the summary (with the payroll CSV) goes to the office, a
 * person's statement to the person, with the workbook attached when it is small enough for an
 * event. A statement announced before goes out as corrected, saying what changed.
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

  /**
   * @param payroll the payroll CSV, with the summary; null otherwise
   * @param before what was last announced of this statement; null when it never was
   */
  void announce(
      YearMonth month,
      BuiltStatement built,
      StoredStatement stored,
      BuiltStatement payroll,
      SentStatement before,
      SentStatement now) {
    List<String> recipients = recipients(built);
    if (recipients.isEmpty()) {
      log.warn("event=statement_without_recipient month={} crewId={}", month, built.captainId());
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
            inline(built.file(), built.fileName()),
            before != null,
            before == null ? List.of() : StatementContent.changes(before, now),
            payroll == null ? null : payroll.fileName(),
            payroll == null ? null : inline(payroll.file(), payroll.fileName())));
  }

  private List<String> recipients(BuiltStatement built) {
    if (built.kind() == StatementKind.OPS_SUMMARY) {
      return List.of(officeEmail);
    }
    String email = built.captainEmail();
    return email == null || email.isBlank() ? List.of() : List.of(email);
  }

  private byte[] inline(Path file, String fileName) {
    try {
      return Files.size(file) < inlineLimitBytes ? Files.readAllBytes(file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + fileName, e);
    }
  }
}
