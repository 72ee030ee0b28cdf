package io.crewdispatch.notification.delivery.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A monthly workbook is ready: a captain's or crew member's own statement, or the office's summary
 * (with the payroll CSV). The workbook is attached when the event carried it ({@code content}),
 * else linked ({@code webViewLink}). A corrected one replaces a statement sent before and says what
 * changed.
 *
 * @param crew a crew member's statement (not a captain's)
 * @param changes what changed since the statement sent before, in plain words
 * @param payrollFileName the payroll CSV's name (with the summary), or null
 * @param payrollCsv the payroll CSV (with the summary), or null
 */
public record StatementNotice(
    String eventId,
    YearMonth month,
    boolean summary,
    boolean crew,
    String captainId,
    List<String> recipients,
    String fileName,
    String webViewLink,
    byte[] content,
    boolean corrected,
    List<String> changes,
    String payrollFileName,
    byte[] payrollCsv)
    implements Notice {

  public StatementNotice {
    recipients = List.copyOf(recipients);
    changes = List.copyOf(changes);
  }

  @Override
  public NoticeKind kind() {
    return summary ? NoticeKind.SUMMARY : NoticeKind.STATEMENT;
  }

  @Override
  public String key() {
    return month.toString();
  }

  @Override
  public Optional<String> charterId() {
    return Optional.empty();
  }

  public boolean attached() {
    return content != null && content.length > 0;
  }

  public boolean payrollAttached() {
    return payrollFileName != null && payrollCsv != null && payrollCsv.length > 0;
  }
}
