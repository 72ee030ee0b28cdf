package io.crewdispatch.reporting.statement.xlsx;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.pay.domain.PersonPay;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A person's charters of the month with what each pays them, then totals. The rates are values (as
 * the Roster tab had them when the charter departed); reportable revenue, share, day pay and total
 * are formulas, so the office can correct a row and watch the pay follow. A cancelled charter's day
 * pay is what the cancellation policy pays (nothing by default), written into its formula.
 */
final class PersonSheet {

  static final String[] HEADERS = {
    "Date",
    "Charter ID",
    "Vessel",
    "Role",
    "Status",
    "Completed",
    "Invoiced",
    "Reportable Revenue",
    "Share %",
    "Share",
    "Day Rate",
    "Day Pay",
    "Total"
  };
  static final int[] WIDTHS = {12, 18, 18, 9, 18, 11, 14, 19, 10, 14, 12, 12, 14};
  static final String CANCELLED = ChartersSheet.CANCELLED;

  private final SXSSFSheet sheet;
  private final HouseStyle style;
  private int nextRow = 1;
  private long counted;
  private BigDecimal reportable = BigDecimal.ZERO;
  private BigDecimal share = BigDecimal.ZERO;
  private BigDecimal dayPay = BigDecimal.ZERO;

  PersonSheet(SXSSFWorkbook workbook, HouseStyle style, String name) {
    this.sheet = workbook.createSheet(name);
    this.style = style;
    Sheets.header(sheet, style, HEADERS, WIDTHS);
  }

  void add(LedgerEntry entry, PersonPay pay) {
    Row row = sheet.createRow(nextRow++);
    int r = row.getRowNum() + 1;
    Sheets.date(row, 0, entry.booking().sailDate(), style.date);
    row.createCell(1).setCellValue(entry.charterId());
    row.createCell(2).setCellValue(entry.booking().vessel());
    row.createCell(3).setCellValue(pay.role().label());
    row.createCell(4).setCellValue(entry.status().label());
    row.createCell(5).setCellValue(entry.completed() ? "Yes" : "No");
    if (entry.invoiced()) {
      Sheets.money(row, 6, entry.invoice().amount(), style.money);
    }
    Sheets.formula(
        row,
        7,
        // concatenated, not String.formatted: these run for every person of every charter
        "IF(AND(E"
            + r
            + "<>\""
            + CANCELLED
            + "\",F"
            + r
            + "=\"Yes\",ISNUMBER(G"
            + r
            + ")),G"
            + r
            + ",0)",
        pay.reportable().doubleValue(),
        style.money);
    Sheets.money(row, 8, pay.rate().revenueSharePercent(), style.percent);
    Sheets.formula(
        row, 9, "ROUND(H" + r + "*I" + r + "/100,2)", pay.share().doubleValue(), style.money);
    Sheets.money(row, 10, pay.rate().dayRate(), style.money);
    Sheets.formula(
        row,
        11,
        "IF(E"
            + r
            + "=\""
            + CANCELLED
            + "\","
            + pay.cancellationPay().toPlainString()
            + ",IF(F"
            + r
            + "=\"Yes\",K"
            + r
            + ",0))",
        pay.dayPay().doubleValue(),
        style.money);
    Sheets.formula(row, 12, "J" + r + "+L" + r, pay.total().doubleValue(), style.money);
    if (!entry.cancelled()) {
      counted++;
    }
    reportable = reportable.add(pay.reportable());
    share = share.add(pay.share());
    dayPay = dayPay.add(pay.dayPay());
  }

  /** The totals row below a blank row; ranges reach into the blank row (see ChartersSheet). */
  void finish() {
    int lastRange = nextRow + 1;
    sheet.setAutoFilter(new CellRangeAddress(0, nextRow - 1, 0, HEADERS.length - 1));
    Row row = sheet.createRow(lastRange);
    Sheets.styledText(row, 0, "Total", style.totalLabel);
    Sheets.formula(
        row,
        1,
        "COUNTA(B2:B%d)-COUNTIF(E2:E%d,\"%s\")".formatted(lastRange, lastRange, CANCELLED),
        counted,
        style.totalCount);
    sum(row, 7, "H", lastRange, reportable);
    sum(row, 9, "J", lastRange, share);
    sum(row, 11, "L", lastRange, dayPay);
    sum(row, 12, "M", lastRange, share.add(dayPay));
  }

  private void sum(Row row, int column, String letter, int lastRange, BigDecimal result) {
    Sheets.formula(
        row,
        column,
        "SUM(%s2:%s%d)".formatted(letter, letter, lastRange),
        result.doubleValue(),
        style.totalMoney);
  }
}
