package io.crewdispatch.roster.support;

import io.crewdispatch.roster.sheet.domain.Tab;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A real .xlsx file written and read with POI, as a person's spreadsheet program would. */
public final class XlsxFixture implements SheetFixture {

  private final Path path;

  public XlsxFixture(Path path) {
    this.path = path;
  }

  @Override
  public void replaceWith(List<Tab> tabs) {
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      Files.write(path, workbook(tabs));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<List<String>> tab(String name) {
    try {
      return tab(Files.readAllBytes(path), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An .xlsx holding these tabs, as a person's spreadsheet program would save it. */
  public static byte[] workbook(List<Tab> tabs) {
    try (Workbook workbook = new XSSFWorkbook()) {
      for (Tab tab : tabs) {
        Sheet sheet = workbook.createSheet(tab.name());
        for (int r = 0; r < tab.rowCount(); r++) {
          Row row = sheet.createRow(r);
          for (int c = 0; c < tab.width(r); c++) {
            Object value = tab.value(r, c);
            if (value != null) {
              write(workbook, row.createCell(c), value);
            }
          }
        }
        tab.merges()
            .forEach(
                m ->
                    sheet.addMergedRegion(
                        new CellRangeAddress(
                            m.firstRow(), m.lastRow(), m.firstColumn(), m.lastColumn())));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Workbook workbook, Cell cell, Object value) {
    if (value instanceof Percent percent) {
      cell.setCellValue(percent.fraction().doubleValue());
      var style = workbook.createCellStyle();
      style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0%"));
      cell.setCellStyle(style);
    } else if (value instanceof Formula formula) {
      cell.setCellFormula(formula.expression());
    } else if (value instanceof BigDecimal number) {
      cell.setCellValue(number.doubleValue());
    } else if (value instanceof Boolean bool) {
      cell.setCellValue(bool);
    } else if (value instanceof java.time.LocalDate date) {
      cell.setCellValue(date);
      var style = workbook.createCellStyle();
      style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
      cell.setCellStyle(style);
    } else {
      cell.setCellValue(value.toString());
    }
  }

  /** A tab of an .xlsx as text ("" for blank), or an empty list when there is no such tab. */
  public static List<List<String>> tab(byte[] file, String name) {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheet(name);
      List<List<String>> rows = new ArrayList<>();
      if (sheet == null) {
        return rows;
      }
      DataFormatter format = new DataFormatter();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
          cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets one cell as a person editing the file would (the end-to-end test does the same). */
  public void edit(String tabName, int row, int column, String value) {
    try {
      Workbook workbook;
      try (InputStream in = Files.newInputStream(path)) {
        workbook = new XSSFWorkbook(in);
      }
      try (workbook) {
        Row r = workbook.getSheet(tabName).getRow(row);
        Cell cell = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
        cell.setCellValue(value);
        // Saved as spreadsheet programs save: a new file renamed over the old, never half a file.
        Path saved = path.resolveSibling(path.getFileName() + ".saving");
        try (OutputStream out = Files.newOutputStream(saved)) {
          workbook.write(out);
        }
        Files.move(
            saved, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
