package io.crewdispatch.roster.sheet.xlsx;

import io.crewdispatch.roster.sheet.domain.CellUpdate;
import io.crewdispatch.roster.sheet.domain.SheetSnapshot;
import io.crewdispatch.roster.sheet.domain.SheetUnreadableException;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What both workbook adapters (the file on disk, the file kept in Drive) do to an .xlsx: parse it,
 * read its tabs, and set the service's cells in place, so that everything else in the workbook
 * (cell styles, column widths, other tabs, the office's formulas) is saved back as it was.
 */
final class XlsxWorkbook {

  private XlsxWorkbook() {}

  static Workbook parse(InputStream in, String where) {
    try (in) {
      return new XSSFWorkbook(in);
    } catch (IOException | RuntimeException unreadable) {
      throw new SheetUnreadableException(
          "the workbook at " + where + " cannot be read: " + unreadable.getMessage(), unreadable);
    }
  }

  /** The named tabs (every tab when {@code tabs} is null), formulas read as their values. */
  static SheetSnapshot snapshot(Workbook workbook, Set<String> tabs) {
    Set<String> wanted =
        tabs == null ? null : tabs.stream().map(XlsxWorkbook::key).collect(Collectors.toSet());
    var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    List<Tab> read = new ArrayList<>();
    for (Sheet sheet : workbook) {
      if (wanted == null || wanted.contains(key(sheet.getSheetName()))) {
        read.add(XlsxCells.read(sheet, evaluator));
      }
    }
    return new SheetSnapshot(read);
  }

  /** Sets each cell's value, keeping its style; a missing tab, row or cell is created. */
  static void apply(Workbook workbook, List<CellUpdate> updates) {
    for (CellUpdate update : updates) {
      Sheet sheet = workbook.getSheet(update.tab());
      if (sheet == null) {
        sheet = workbook.createSheet(update.tab());
      }
      Row row = sheet.getRow(update.row());
      if (row == null) {
        row = sheet.createRow(update.row());
      }
      var cell = row.getCell(update.column());
      if (cell == null) {
        if (update.value().isEmpty()) {
          continue;
        }
        cell = row.createCell(update.column());
      }
      XlsxCells.write(cell, update.value());
    }
  }

  /** A new workbook holding these tabs. */
  static Workbook create(List<Tab> tabs) {
    Workbook workbook = new XSSFWorkbook();
    for (Tab tab : tabs) {
      Sheet sheet = workbook.createSheet(tab.name());
      for (int r = 0; r < tab.rowCount(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < tab.width(r); c++) {
          XlsxCells.write(row.createCell(c), tab.value(r, c));
        }
      }
    }
    return workbook;
  }

  static byte[] bytes(Workbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }

  static void close(Workbook workbook) {
    if (workbook == null) {
      return;
    }
    try {
      workbook.close();
    } catch (IOException ignored) {
      // an in-memory copy: nothing to release
    }
  }

  private static String key(String tab) {
    return tab.strip().toLowerCase(Locale.ROOT);
  }
}
