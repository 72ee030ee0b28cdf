package io.crewdispatch.reporting.statement.application;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.pay.domain.PayCalculator;
import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.MonthContents;
import io.crewdispatch.reporting.statement.domain.PayrollCsv;
import io.crewdispatch.reporting.statement.domain.StatementKind;
import io.crewdispatch.reporting.statement.domain.StatementNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a month's build computes from the ledger, before anything is stored or sent: each charter
 * paid, streamed once into the workbooks while its content (digests, payroll) is read alongside,
 * then the payroll CSV. The benchmark times exactly this.
 */
public final class BuildMonth {

  private final StatementWriter writer;
  private final StatementNames names;

  public BuildMonth(StatementWriter writer, StatementNames names) {
    this.writer = writer;
    this.names = names;
  }

  /** The month's files, written into {@code directory}. */
  public Built build(
      YearMonth month, Stream<LedgerEntry> charters, PayCalculator pay, Path directory) {
    MonthContents contents = new MonthContents();
    List<BuiltStatement> workbooks =
        writer.write(month, charters.map(pay::pay).peek(contents::add), directory);
    String fileName = names.payroll(month);
    Path file = directory.resolve(fileName);
    try {
      Files.writeString(file, PayrollCsv.of(contents.payroll()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + fileName, e);
    }
    return new Built(
        workbooks, new BuiltStatement(StatementKind.PAYROLL, null, null, fileName, file), contents);
  }

  /** The workbooks (the summary first), the payroll file, and what they hold. */
  public record Built(
      List<BuiltStatement> workbooks, BuiltStatement payroll, MonthContents contents) {}
}
