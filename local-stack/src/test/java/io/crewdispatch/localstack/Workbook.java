package io.crewdispatch.localstack;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The office's local sheet (var/roster.xlsx), read and edited the way a person with a spreadsheet
 * would.
 */
final class Workbook {

  private static final DataFormatter TEXT = new DataFormatter(Locale.US);

  private final Path file;

  Workbook(Path file) {
    this.file = file;
  }

  /** Every row of a tab as text, header first. */
  List<List<String>> rows(String tab) throws Exception {
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheet(tab);
      List<List<String>> rows = new ArrayList<>();
      if (sheet == null) {
        return rows;
      }
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : TEXT.formatCellValue(cell).trim());
        }
        rows.add(cells);
      }
      return rows;
    }
  }

  /** What the month tab says of {@code crewId} on {@code day} (A, U or blank). */
  String availability(String crewId, YearMonth month, int day) throws Exception {
    List<List<String>> rows =
        rows(month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US)));
    if (rows.isEmpty()) {
      throw new AssertionError("no tab for " + month + " in " + file);
    }
    int column = rows.get(0).indexOf(Integer.toString(day));
    return rows.stream()
        .filter(r -> !r.isEmpty() && r.get(0).equals(crewId))
        .map(r -> column >= 0 && column < r.size() ? r.get(column) : "")
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + crewId + " in " + month));
  }

  /**
   * Marks {@code crewId} as {@code value} (A or U) on {@code day} of {@code month}; saved
   * atomically.
   */
  void setAvailability(String crewId, YearMonth month, int day, String value) throws Exception {
    String tab = month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US));
    Path temp = file.resolveSibling(file.getFileName() + ".edit.tmp");
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheet(tab);
      if (sheet == null) {
        throw new AssertionError("no tab " + tab + " in " + file);
      }
      Row header = sheet.getRow(sheet.getFirstRowNum());
      int dayColumn = -1;
      for (Cell cell : header) {
        if (TEXT.formatCellValue(cell).trim().equals(Integer.toString(day))) {
          dayColumn = cell.getColumnIndex();
        }
      }
      boolean found = false;
      for (Row row : sheet) {
        Cell id = row.getCell(0);
        if (id != null && TEXT.formatCellValue(id).trim().equals(crewId)) {
          Cell cell = row.getCell(dayColumn, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
          cell.setCellValue(value);
          found = true;
        }
      }
      if (!found || dayColumn < 0) {
        throw new AssertionError("no row for " + crewId + " or no day " + day + " in " + tab);
      }
      try (OutputStream out = Files.newOutputStream(temp)) {
        book.write(out);
      }
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
