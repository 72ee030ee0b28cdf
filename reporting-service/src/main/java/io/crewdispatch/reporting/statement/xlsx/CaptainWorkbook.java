package io.crewdispatch.reporting.statement.xlsx;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.Person;
import io.crewdispatch.reporting.statement.domain.StatementTotals;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One captain's statement, streamed alongside the summary: their charters and totals. Name and
 * address are the ones dispatch gave on the captain's latest charter of the month.
 */
final class CaptainWorkbook extends StreamedWorkbook {

  private final String captainId;
  private final ChartersSheet charters;
  private Person captain;

  CaptainWorkbook(Person captain, WorkbookSettings settings) {
    super(settings);
    this.captainId = captain.crewId();
    this.captain = captain;
    this.charters = new ChartersSheet(workbook(), style());
  }

  void add(LedgerEntry entry) {
    captain = entry.captain();
    charters.add(entry);
  }

  @Override
  void finish(SXSSFWorkbook workbook) {
    charters.finish();
  }

  String captainId() {
    return captainId;
  }

  Person captain() {
    return captain;
  }

  StatementTotals totals() {
    return charters.totals();
  }
}
