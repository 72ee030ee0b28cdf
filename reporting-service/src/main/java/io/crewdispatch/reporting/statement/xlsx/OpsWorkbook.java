package io.crewdispatch.reporting.statement.xlsx;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.statement.domain.StatementTotals;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The office's summary: every charter of the month (the month's sheet), then the per-captain
 * summary, then pay per person.
 */
final class OpsWorkbook extends StreamedWorkbook {

  private final ChartersSheet charters;
  private final StatementTotals unassigned = new StatementTotals();
  private List<PersonWorkbook> people = List.of();

  OpsWorkbook(String sheetName, WorkbookSettings settings) {
    super(settings);
    this.charters = new ChartersSheet(workbook(), style(), sheetName);
  }

  void add(LedgerEntry entry) {
    charters.add(entry);
    if (entry.captain() == null) {
      unassigned.add(entry);
    }
  }

  /** The people to summarise, in the order they should be listed (captains first). */
  void summarise(List<PersonWorkbook> people) {
    this.people = List.copyOf(people);
  }

  @Override
  void finish(SXSSFWorkbook workbook) {
    charters.finish();
    new CaptainsSheet(workbook, style(), charters)
        .write(people.stream().filter(PersonWorkbook::captain).toList(), unassigned);
    new PaySheet(workbook, style()).write(people);
  }

  StatementTotals totals() {
    return charters.totals();
  }
}
