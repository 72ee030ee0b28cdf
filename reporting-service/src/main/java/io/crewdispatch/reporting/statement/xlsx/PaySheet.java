package io.crewdispatch.reporting.statement.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Pay per person beside the revenue they sailed: one row each (captains first, then crew), then
 * totals. A person's figures are their statement's totals (where the per-charter formulas are); the
 * totals here are SUM formulas, so a corrected row moves them.
 */
final class PaySheet {

  static final String NAME = "Pay";
  static final String[] HEADERS = {
    "Crew ID", "Name", "Role", "Charters Paid", "Reportable Revenue", "Share", "Day Pay", "Total"
  };
  static final int[] WIDTHS = {18, 24, 9, 14, 19, 14, 12, 14};

  private final SXSSFSheet sheet;
  private final HouseStyle style;

  PaySheet(SXSSFWorkbook workbook, HouseStyle style) {
    this.sheet = workbook.createSheet(NAME);
    this.style = style;
    Sheets.header(sheet, style, HEADERS, WIDTHS);
  }

  void write(List<PersonWorkbook> people) {
    int rowIndex = 1;
    BigDecimal reportable = BigDecimal.ZERO;
    BigDecimal share = BigDecimal.ZERO;
    BigDecimal dayPay = BigDecimal.ZERO;
    long charters = 0;
    for (PersonWorkbook person : people) {
      Row row = sheet.createRow(rowIndex++);
      int r = row.getRowNum() + 1;
      row.createCell(0).setCellValue(person.crewId());
      row.createCell(1).setCellValue(person.person().name());
      row.createCell(2).setCellValue(person.captain() ? "Captain" : "Crew");
      Sheets.number(row, 3, person.charters(), style.integer);
      Sheets.money(row, 4, person.reportable(), style.money);
      Sheets.money(row, 5, person.share(), style.money);
      Sheets.money(row, 6, person.dayPay(), style.money);
      Sheets.formula(
          row,
          7,
          "F%d+G%d".formatted(r, r),
          person.share().add(person.dayPay()).doubleValue(),
          style.money);
      charters += person.charters();
      reportable = reportable.add(person.reportable());
      share = share.add(person.share());
      dayPay = dayPay.add(person.dayPay());
    }
    sheet.setAutoFilter(new CellRangeAddress(0, rowIndex - 1, 0, HEADERS.length - 1));
    int lastRange = rowIndex + 1; // the blank row, 1-based
    Row total = sheet.createRow(lastRange);
    Sheets.styledText(total, 0, "Total", style.totalLabel);
    sum(total, 3, "D", lastRange, charters, style.totalInteger);
    sum(total, 4, "E", lastRange, reportable.doubleValue(), style.totalMoney);
    sum(total, 5, "F", lastRange, share.doubleValue(), style.totalMoney);
    sum(total, 6, "G", lastRange, dayPay.doubleValue(), style.totalMoney);
    sum(total, 7, "H", lastRange, share.add(dayPay).doubleValue(), style.totalMoney);
  }

  private static void sum(
      Row row,
      int column,
      String letter,
      int lastRange,
      double result,
      org.apache.poi.ss.usermodel.CellStyle style) {
    Sheets.formula(
        row, column, "SUM(%s2:%s%d)".formatted(letter, letter, lastRange), result, style);
  }
}
