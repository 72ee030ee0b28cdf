package io.crewdispatch.reporting.statement.application;

import io.crewdispatch.reporting.statement.domain.StatementKind;
import java.time.YearMonth;
import java.util.List;

/**
 * What people are told of one stored workbook (StatementReady).
 *
 * @param captainId the person a CAPTAIN or CREW statement is for; null for the summary
 * @param content the workbook itself when small enough to travel with the notice, else null
 * @param corrected it replaces a statement already announced for the month
 * @param changes what changed since then, in plain words (empty when not corrected)
 * @param payrollFileName the payroll CSV's name (with the summary only)
 * @param payrollCsv the payroll CSV (with the summary only)
 */
public record StatementNotice(
    YearMonth month,
    StatementKind kind,
    String captainId,
    List<String> recipients,
    String fileName,
    String driveFileId,
    String webViewLink,
    byte[] content,
    boolean corrected,
    List<String> changes,
    String payrollFileName,
    byte[] payrollCsv) {

  public StatementNotice {
    recipients = List.copyOf(recipients);
    changes = List.copyOf(changes);
  }
}
