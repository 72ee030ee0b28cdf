package io.crewdispatch.reporting.statement.xlsx;

import io.crewdispatch.reporting.ledger.domain.CharterStatus;
import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.Person;
import io.crewdispatch.reporting.statement.domain.StatementTotals;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The list of charters (the sheet named for the month, "May 2024"), one row each, streamed in sail
 * order, then a totals row. Row and total formulas carry the ledger's own figures as cached
 * results, so a viewer that does not calculate (a phone's preview) still shows them; Excel and
 * Google Sheets recalculate, so an edited row moves the totals.
 */
final class ChartersSheet {

  static final String[] HEADERS = {
    "Date",
    "Charter ID",
    "Vessel",
    "Captain",
    "Crew",
    "Guests",
    "Total Revenue",
    "Status",
    "Completed",
    "Invoiced",
    "Reportable Revenue",
    "Captain ID"
  };
  static final int[] WIDTHS = {12, 18, 18, 22, 36, 8, 15, 18, 11, 14, 19, 18};
  static final String CANCELLED = CharterStatus.CANCELLED.label();

  private final SXSSFSheet sheet;
  private final HouseStyle style;
  private final StatementTotals totals = new StatementTotals();
  private int nextRow = 1;
  private int totalsRow;

  ChartersSheet(SXSSFWorkbook workbook, HouseStyle style, String name) {
    this.sheet = workbook.createSheet(name);
    this.style = style;
    Sheets.header(sheet, style, HEADERS, WIDTHS);
  }

  void add(LedgerEntry entry) {
    Row row = sheet.createRow(nextRow++);
    int r = row.getRowNum() + 1;
    Person captain = entry.captain();
    Sheets.date(row, 0, entry.booking().sailDate(), style.date);
    row.createCell(1).setCellValue(entry.charterId());
    row.createCell(2).setCellValue(entry.booking().vessel());
    Sheets.text(row, 3, captain == null ? null : captain.name());
    Sheets.text(row, 4, entry.crew().stream().map(Person::name).collect(Collectors.joining(", ")));
    Sheets.number(row, 5, entry.booking().guestCount(), style.integer);
    Sheets.money(row, 6, entry.booking().totalRevenue(), style.money);
    row.createCell(7).setCellValue(entry.status().label());
    row.createCell(8).setCellValue(entry.completed() ? "Yes" : "No");
    if (entry.invoiced()) {
      Sheets.money(row, 9, entry.invoice().amount(), style.money);
    }
    Sheets.formula(
        row,
        10,
        // concatenated, not String.formatted: this runs for every charter of the month
        "IF(AND(H"
            + r
            + "<>\""
            + CANCELLED
            + "\",I"
            + r
            + "=\"Yes\",ISNUMBER(J"
            + r
            + ")),J"
            + r
            + ",0)",
        entry.reportableRevenue().doubleValue(),
        style.money);
    Sheets.text(row, 11, captain == null ? null : captain.crewId());
    totals.add(entry);
  }

  /**
   * Writes the totals row below a blank row. Ranges reach into the blank row, so a row the office
   * inserts just above the totals is still counted.
   */
  void finish() {
    int lastRange = nextRow + 1; // 1-based number of the blank row
    totalsRow = lastRange + 1;
    sheet.setAutoFilter(new CellRangeAddress(0, nextRow - 1, 0, HEADERS.length - 1));
    Row row = sheet.createRow(totalsRow - 1);
    Sheets.styledText(row, 0, "Total", style.totalLabel);
    Sheets.formula(
        row,
        1,
        "COUNTA(B2:B%d)-COUNTIF(H2:H%d,\"%s\")".formatted(lastRange, lastRange, CANCELLED),
        totals.counted(),
        style.totalCount);
    Sheets.formula(row, 5, notCancelled("F", lastRange), totals.guests(), style.totalInteger);
    Sheets.formula(
        row, 6, notCancelled("G", lastRange), totals.revenue().doubleValue(), style.totalMoney);
    Sheets.formula(
        row, 9, notCancelled("J", lastRange), totals.invoiced().doubleValue(), style.totalMoney);
    Sheets.formula(
        row,
        10,
        "SUM(K2:K%d)".formatted(lastRange),
        totals.reportable().doubleValue(),
        style.totalMoney);
  }

  private static String notCancelled(String column, int lastRange) {
    return "SUMIFS(%s2:%s%d,H2:H%d,\"<>%s\")"
        .formatted(column, column, lastRange, lastRange, CANCELLED);
  }

  /** How formulas on other sheets refer to this one: {@code 'May 2024'!}. */
  String reference() {
    return Sheets.reference(sheet.getSheetName());
  }

  StatementTotals totals() {
    return totals;
  }

  /** Last row (1-based) that the other sheets' ranges should cover. */
  int lastRangeRow() {
    return nextRow + 1;
  }

  /** The totals row (1-based), once finished. */
  int totalsRow() {
    return totalsRow;
  }
}
