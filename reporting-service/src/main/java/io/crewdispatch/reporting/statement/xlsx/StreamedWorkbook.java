package io.crewdispatch.reporting.statement.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook written through SXSSF: only a window of rows per sheet stays in memory, the rest is
 * flushed to a compressed temporary file until the workbook is written out.
 */
abstract class StreamedWorkbook implements AutoCloseable {

  private final SXSSFWorkbook workbook;
  private final HouseStyle style;

  StreamedWorkbook(WorkbookSettings settings) {
    // Inline strings, not a shared-strings table: the table would hold every text in memory.
    this.workbook = new SXSSFWorkbook(null, settings.rowWindow(), true, false);
    this.style = new HouseStyle(workbook, settings.dateFormat(), settings.currencyFormat());
  }

  SXSSFWorkbook workbook() {
    return workbook;
  }

  HouseStyle style() {
    return style;
  }

  /** Writes what only the end of the stream knows (totals, summaries). */
  abstract void finish(SXSSFWorkbook workbook);

  void writeTo(Path file) {
    finish(workbook);
    workbook.setForceFormulaRecalculation(true);
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file.getFileName(), e);
    }
  }

  @Override
  public void close() {
    workbook.dispose();
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
