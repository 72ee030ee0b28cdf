package io.crewdispatch.reporting.statement.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The office's house format: header bold white on {@code 366092}, money and dates in their own
 * formats, totals bold above a thin line. One set per workbook (styles belong to a workbook).
 */
final class HouseStyle {

  static final byte[] HEADER_FILL = {0x36, 0x60, (byte) 0x92};

  final CellStyle header;
  final CellStyle date;
  final CellStyle integer;
  final CellStyle money;
  final CellStyle percent;
  final CellStyle totalLabel;
  final CellStyle totalCount;
  final CellStyle totalInteger;
  final CellStyle totalMoney;

  HouseStyle(Workbook workbook, String dateFormat, String currencyFormat) {
    short dateCode = workbook.createDataFormat().getFormat(dateFormat);
    short moneyCode = workbook.createDataFormat().getFormat(currencyFormat);
    short integerCode = workbook.createDataFormat().getFormat("0");
    short countCode = workbook.createDataFormat().getFormat("0\" charters\"");

    Font white = workbook.createFont();
    white.setBold(true);
    white.setColor(IndexedColors.WHITE.getIndex());
    XSSFCellStyle headerStyle = (XSSFCellStyle) workbook.createCellStyle();
    headerStyle.setFont(white);
    headerStyle.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
    headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    headerStyle.setVerticalAlignment(VerticalAlignment.CENTER);
    header = headerStyle;

    date = formatted(workbook, dateCode, null);
    integer = formatted(workbook, integerCode, null);
    money = formatted(workbook, moneyCode, null);
    percent = formatted(workbook, workbook.createDataFormat().getFormat("0.00\"%\""), null);

    Font bold = workbook.createFont();
    bold.setBold(true);
    totalLabel = formatted(workbook, (short) 0, bold);
    totalCount = formatted(workbook, countCode, bold);
    totalInteger = formatted(workbook, integerCode, bold);
    totalMoney = formatted(workbook, moneyCode, bold);
  }

  private static CellStyle formatted(Workbook workbook, short format, Font font) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(format);
    if (font != null) {
      style.setFont(font);
      style.setBorderTop(BorderStyle.THIN);
    }
    return style;
  }
}
