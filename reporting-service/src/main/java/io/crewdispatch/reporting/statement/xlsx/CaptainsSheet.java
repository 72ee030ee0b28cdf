package io.crewdispatch.reporting.statement.xlsx;

import io.crewdispatch.reporting.statement.domain.StatementTotals;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The per-captain summary: for each captain, COUNTIFS and SUMIFS over the Charters sheet by Captain
 * ID (cancelled charters count for nothing), then charters with no captain as the rest of the
 * Charters totals, then the totals themselves.
 */
final class CaptainsSheet {

  static final String NAME = "Captains";
  static final String[] HEADERS = {
    "Captain ID", "Captain", "Charters", "Revenue", "Reportable Revenue"
  };
  static final int[] WIDTHS = {18, 24, 12, 15, 19};
  static final String NO_CAPTAIN = "(no captain)";

  private final SXSSFSheet sheet;
  private final HouseStyle style;
  private final ChartersSheet charters;

  CaptainsSheet(SXSSFWorkbook workbook, HouseStyle style, ChartersSheet charters) {
    this.sheet = workbook.createSheet(NAME);
    this.style = style;
    this.charters = charters;
    Sheets.header(sheet, style, HEADERS, WIDTHS);
  }

  void write(List<PersonWorkbook> captains, StatementTotals unassigned) {
    int rowIndex = 1;
    for (PersonWorkbook captain : captains) {
      writeCaptain(sheet.createRow(rowIndex++), captain);
    }
    int totalRow = rowIndex + (unassigned.listed() > 0 ? 3 : 2); // 1-based, after a blank row
    if (unassigned.listed() > 0) {
      writeUnassigned(sheet.createRow(rowIndex++), captains.size(), totalRow, unassigned);
    }
    sheet.setAutoFilter(new CellRangeAddress(0, rowIndex - 1, 0, HEADERS.length - 1));
    writeTotal(sheet.createRow(totalRow - 1));
  }

  private void writeCaptain(Row row, PersonWorkbook captain) {
    int r = row.getRowNum() + 1;
    int last = charters.lastRangeRow();
    String ref = charters.reference();
    String byCaptain = "%s$L$2:$L$%d,$A%d".formatted(ref, last, r);
    String notCancelled = "%s$H$2:$H$%d,\"<>%s\"".formatted(ref, last, ChartersSheet.CANCELLED);
    StatementTotals totals = captain.captained();
    row.createCell(0).setCellValue(captain.crewId());
    row.createCell(1).setCellValue(captain.person().name());
    Sheets.formula(
        row,
        2,
        "COUNTIFS(%s,%s)".formatted(byCaptain, notCancelled),
        totals.counted(),
        style.integer);
    Sheets.formula(
        row,
        3,
        "SUMIFS(%s$G$2:$G$%d,%s,%s)".formatted(ref, last, byCaptain, notCancelled),
        totals.revenue().doubleValue(),
        style.money);
    Sheets.formula(
        row,
        4,
        "SUMIFS(%s$K$2:$K$%d,%s)".formatted(ref, last, byCaptain),
        totals.reportable().doubleValue(),
        style.money);
  }

  /** What the captains' rows leave of the month's totals. */
  private void writeUnassigned(Row row, int captains, int totalRow, StatementTotals totals) {
    row.createCell(1).setCellValue(NO_CAPTAIN);
    String[] columns = {"C", "D", "E"};
    double[] results = {
      totals.counted(), totals.revenue().doubleValue(), totals.reportable().doubleValue()
    };
    for (int i = 0; i < columns.length; i++) {
      String column = columns[i];
      String formula =
          captains == 0
              ? "%s%d".formatted(column, totalRow)
              : "%s%d-SUM(%s2:%s%d)".formatted(column, totalRow, column, column, captains + 1);
      Sheets.formula(row, 2 + i, formula, results[i], i == 0 ? style.integer : style.money);
    }
  }

  private void writeTotal(Row row) {
    int t = charters.totalsRow();
    StatementTotals totals = charters.totals();
    Sheets.styledText(row, 0, "Total", style.totalLabel);
    String ref = charters.reference();
    Sheets.formula(row, 2, ref + "B" + t, totals.counted(), style.totalInteger);
    Sheets.formula(row, 3, ref + "G" + t, totals.revenue().doubleValue(), style.totalMoney);
    Sheets.formula(row, 4, ref + "K" + t, totals.reportable().doubleValue(), style.totalMoney);
  }
}
