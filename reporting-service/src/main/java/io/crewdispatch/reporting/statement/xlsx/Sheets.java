package io.crewdispatch.reporting.statement.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** Cell writing shared by the sheets. */
final class Sheets {

  private Sheets() {}

  /** Header row: house style, frozen so it stays on screen, and fixed column widths. */
  static void header(SXSSFSheet sheet, HouseStyle style, String[] headers, int[] widths) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < headers.length; c++) {
      styledText(row, c, headers[c], style.header);
      // Fixed widths: auto-sizing would have to track every row of a streamed sheet.
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  static void text(Row row, int column, String value) {
    if (value != null && !value.isEmpty()) {
      row.createCell(column).setCellValue(value);
    }
  }

  static void styledText(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  static void date(Row row, int column, LocalDate value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  static void number(Row row, int column, double value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  static void money(Row row, int column, BigDecimal value, CellStyle style) {
    number(row, column, value.doubleValue(), style);
  }

  /** A sheet's name as formulas on other sheets write it: quoted, with quotes doubled. */
  static String reference(String sheetName) {
    return "'" + sheetName.replace("'", "''") + "'!";
  }

  /** A formula with its result already known, for viewers that show results without calculating. */
  static void formula(Row row, int column, String formula, double result, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellFormula(formula);
    cell.setCellValue(result);
    cell.setCellStyle(style);
  }
}
