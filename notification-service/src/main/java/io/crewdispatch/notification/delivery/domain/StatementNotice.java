package io.crewdispatch.notification.delivery.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A monthly workbook is ready: a captain's own statement, or the office's summary. The workbook is
 * attached when the event carried it ({@code content}), else linked ({@code webViewLink}).
 */
public record StatementNotice(
    String eventId,
    YearMonth month,
    boolean summary,
    String captainId,
    List<String> recipients,
    String fileName,
    String webViewLink,
    byte[] content)
    implements Notice {

  public StatementNotice {
    recipients = List.copyOf(recipients);
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
}
