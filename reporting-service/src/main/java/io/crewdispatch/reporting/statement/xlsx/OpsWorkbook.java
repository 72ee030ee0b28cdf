package io.crewdispatch.reporting.statement.xlsx;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.statement.domain.StatementTotals;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The office's summary: every charter of the month, then the per-captain summary. */
final class OpsWorkbook extends StreamedWorkbook {

  private final ChartersSheet charters;
  private final StatementTotals unassigned = new StatementTotals();
  private List<CaptainWorkbook> captains = List.of();

  OpsWorkbook(WorkbookSettings settings) {
    super(settings);
    this.charters = new ChartersSheet(workbook(), style());
  }

  void add(LedgerEntry entry) {
    charters.add(entry);
    if (entry.captain() == null) {
      unassigned.add(entry);
    }
  }

  /** The captains to summarise, in the order they should be listed. */
  void summarise(List<CaptainWorkbook> captains) {
    this.captains = List.copyOf(captains);
  }

  @Override
  void finish(SXSSFWorkbook workbook) {
    charters.finish();
    new CaptainsSheet(workbook, style(), charters).write(captains, unassigned);
  }

  StatementTotals totals() {
    return charters.totals();
  }
}
