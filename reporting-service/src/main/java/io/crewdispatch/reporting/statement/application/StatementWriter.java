package io.crewdispatch.reporting.statement.application;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/** Writes a month's workbooks: the ops summary and one statement per captain. */
public interface StatementWriter {

  /**
   * Reads {@code charters} (booked charters of the month, in sail order) once, and writes the
   * workbooks into {@code directory}, the ops summary first.
   */
  List<BuiltStatement> write(YearMonth month, Stream<LedgerEntry> charters, Path directory);
}
