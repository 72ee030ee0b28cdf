package io.crewdispatch.reporting.statement.xlsx;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.Person;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The floor: the same rows written once with bare SXSSF (same window, inline strings), values only,
 * with a date format and nothing else: no formulas, totals, house style or captain workbooks.
 */
final class BareSxssfFloor {

  private BareSxssfFloor() {}

  static void write(Stream<LedgerEntry> charters, Path file, int window) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(null, window, true, false);
    try (OutputStream out = Files.newOutputStream(file)) {
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      SXSSFSheet sheet = workbook.createSheet("Charters");
      Row header = sheet.createRow(0);
      for (int c = 0; c < ChartersSheet.HEADERS.length; c++) {
        header.createCell(c).setCellValue(ChartersSheet.HEADERS[c]);
      }
      int[] next = {1};
      charters.forEach(
          e -> {
            Row row = sheet.createRow(next[0]++);
            row.createCell(0).setCellValue(e.booking().sailDate());
            row.getCell(0).setCellStyle(date);
            row.createCell(1).setCellValue(e.charterId());
            row.createCell(2).setCellValue(e.booking().vessel());
            row.createCell(3).setCellValue(e.captain().name());
            row.createCell(4)
                .setCellValue(
                    e.crew().stream().map(Person::name).collect(Collectors.joining(", ")));
            row.createCell(5).setCellValue(e.booking().guestCount());
            row.createCell(6).setCellValue(e.booking().totalRevenue().doubleValue());
            row.createCell(7).setCellValue(e.status().label());
            row.createCell(8).setCellValue(e.completed() ? "Yes" : "No");
            if (e.invoiced()) {
              row.createCell(9).setCellValue(e.invoice().amount().doubleValue());
            }
            row.createCell(10).setCellValue(e.reportableRevenue().doubleValue());
            row.createCell(11).setCellValue(e.captain().crewId());
          });
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }
}
