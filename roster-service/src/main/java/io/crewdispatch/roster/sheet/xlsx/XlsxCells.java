package io.crewdispatch.roster.sheet.xlsx;

import io.crewdispatch.roster.sheet.domain.CellValues;
import io.crewdispatch.roster.sheet.domain.MergedRange;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** POI cells to and from the values a {@link Tab} holds; formulas are read as their values. */
final class XlsxCells {

  private XlsxCells() {}

  static Tab read(Sheet sheet, FormulaEvaluator evaluator) {
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<Object> cells = new ArrayList<>();
      if (row != null) {
        for (int c = 0; c < row.getLastCellNum(); c++) {
          cells.add(value(row.getCell(c), evaluator));
        }
      }
      rows.add(cells);
    }
    List<MergedRange> merges =
        sheet.getMergedRegions().stream()
            .map(
                m ->
                    new MergedRange(
                        m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn()))
            .toList();
    return new Tab(sheet.getSheetName(), rows, merges);
  }

  static Object value(Cell cell, FormulaEvaluator evaluator) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      try {
        org.apache.poi.ss.usermodel.CellValue computed = evaluator.evaluate(cell);
        return switch (computed.getCellType()) {
          case STRING -> blankToNull(computed.getStringValue());
          case NUMERIC -> number(cell, computed.getNumberValue());
          case BOOLEAN -> computed.getBooleanValue();
          default -> null;
        };
      } catch (RuntimeException unsupported) {
        // A function POI cannot evaluate: the value the spreadsheet program saved will do.
        type = cell.getCachedFormulaResultType();
      }
    }
    return switch (type) {
      case STRING -> blankToNull(cell.getStringCellValue());
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().toLocalDate()
              : number(cell, cell.getNumericCellValue());
      case BOOLEAN -> cell.getBooleanCellValue();
      default -> null;
    };
  }

  /**
   * A number as the office sees it: a cell formatted as a percentage holds 0.125 and shows 12.5%,
   * so it is read as the text "12.5%" (the same text a person would type), never as 0.125.
   */
  private static Object number(Cell cell, double value) {
    String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
    if (format != null && format.replaceAll("\"[^\"]*\"", "").contains("%")) {
      return CellValues.percentText(BigDecimal.valueOf(value));
    }
    return BigDecimal.valueOf(value);
  }

  /** Writes a value of the kinds a Tab holds; an empty string or null clears the cell. */
  static void write(Cell cell, Object value) {
    if (value == null || (value instanceof String text && text.isEmpty())) {
      cell.setBlank();
    } else if (value instanceof BigDecimal number) {
      cell.setCellValue(number.doubleValue());
    } else if (value instanceof Boolean bool) {
      cell.setCellValue(bool);
    } else if (value instanceof LocalDate date) {
      cell.setCellValue(date.toString());
    } else {
      cell.setCellValue(value.toString());
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
