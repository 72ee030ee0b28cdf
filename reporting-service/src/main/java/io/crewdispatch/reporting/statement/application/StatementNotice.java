package io.crewdispatch.reporting.statement.application;

import io.crewdispatch.reporting.statement.domain.StatementKind;
import java.time.YearMonth;
import java.util.List;

/**
 * What people are told of one stored workbook (StatementReady).
 *
 * @param content the workbook itself when small enough to travel with the notice, else null
 */
public record StatementNotice(
    YearMonth month,
    StatementKind kind,
    String captainId,
    List<String> recipients,
    String fileName,
    String driveFileId,
    String webViewLink,
    byte[] content) {

  public StatementNotice {
    recipients = List.copyOf(recipients);
  }
}
