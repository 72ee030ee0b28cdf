package io.crewdispatch.reporting.statement.application;

import io.crewdispatch.reporting.pay.domain.PaidCharter;
import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/** Writes a month's workbooks: the ops summary and one statement per person on board. */
public interface StatementWriter {

  /**
   * Reads {@code charters} (booked charters of the month with their pay, in sail order) once, and
   * writes the workbooks into {@code directory}, the ops summary first.
   */
  List<BuiltStatement> write(YearMonth month, Stream<PaidCharter> charters, Path directory);
}
