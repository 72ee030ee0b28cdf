package io.crewdispatch.reporting.statement.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as text, one line per cell (and per sheet's layout): everything a person sees or a
 * formula reads — type, formula text, cached result, number format, bold, fill, border — and
 * nothing of when it was built, so two builds of the same month compare line by line.
 */
final class WorkbookDump {

  private WorkbookDump() {}

  static List<String> of(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      lines.add("workbook recalc=" + workbook.getForceFormulaRecalculation());
      for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
        XSSFSheet sheet = workbook.getSheetAt(s);
        String name = sheet.getSheetName();
        var pane = sheet.getPaneInformation();
        lines.add(
            "sheet "
                + name
                + " pane="
                + (pane == null ? "none" : pane.getHorizontalSplitPosition())
                + " filter="
                + (sheet.getCTWorksheet().isSetAutoFilter()
                    ? sheet.getCTWorksheet().getAutoFilter().getRef()
                    : "none")
                + " widths="
                + widths(sheet));
        for (Row row : sheet) {
          for (Cell cell : row) {
            lines.add(
                name + "!" + new CellReference(cell).formatAsString(false) + " " + cell(cell));
          }
        }
      }
    }
    return lines;
  }

  private static String widths(XSSFSheet sheet) {
    StringBuilder widths = new StringBuilder();
    for (int c = 0; c < 14; c++) {
      widths.append(sheet.getColumnWidth(c)).append(',');
    }
    return widths.toString();
  }

  private static String cell(Cell cell) {
    XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
    String shown =
        switch (cell.getCellType()) {
          case FORMULA -> "=" + cell.getCellFormula() + " -> " + cached(cell);
          case NUMERIC -> "n " + cell.getNumericCellValue();
          case STRING -> "s " + cell.getStringCellValue();
          case BOOLEAN -> "b " + cell.getBooleanCellValue();
          default -> cell.getCellType().name();
        };
    return shown
        + " | fmt="
        + style.getDataFormatString()
        + " bold="
        + style.getFont().getBold()
        + " color="
        + style.getFont().getColor()
        + " fill="
        + (style.getFillForegroundXSSFColor() == null
            ? "none"
            : style.getFillForegroundXSSFColor().getARGBHex())
        + " top="
        + style.getBorderTop();
  }

  private static String cached(Cell cell) {
    return cell.getCachedFormulaResultType() == CellType.NUMERIC
        ? String.valueOf(cell.getNumericCellValue())
        : cell.getCachedFormulaResultType() + " " + cell.getStringCellValue();
  }
}
