package io.crewdispatch.roster.sheet.xlsx;

import io.crewdispatch.roster.config.RosterProperties;
import io.crewdispatch.roster.sheet.application.RosterSheet;
import io.crewdispatch.roster.sheet.domain.CellUpdate;
import io.crewdispatch.roster.sheet.domain.SheetSnapshot;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The local default: an .xlsx workbook on disk. Every write re-opens the file as it is now, changes
 * only the cells the service owns, writes a temporary file beside it and renames it over the
 * original in one step, so a reader (or LibreOffice reloading) never sees half a workbook.
 */
@Component
@ConditionalOnProperty(
    prefix = "crewdispatch.roster",
    name = "source",
    havingValue = "xlsx",
    matchIfMissing = true)
class XlsxRosterSheet implements RosterSheet {

  private final Path path;

  /**
   * The workbook as last read, and the file version it was read at: a write that finds the file
   * still at that version changes this copy instead of parsing the file again (the parse is most of
   * a sync's cost on a large workbook); any other write re-reads the file first.
   */
  private Workbook lastRead;

  private Optional<String> lastReadVersion = Optional.empty();

  XlsxRosterSheet(RosterProperties properties) {
    this.path = properties.xlsx().path().toAbsolutePath();
  }

  @Override
  public Optional<String> version() {
    return XlsxFile.version(path);
  }

  @Override
  public SheetSnapshot read() {
    return read(null);
  }

  @Override
  public synchronized SheetSnapshot read(Set<String> tabs) {
    Set<String> wanted =
        tabs == null ? null : tabs.stream().map(XlsxRosterSheet::key).collect(Collectors.toSet());
    Optional<String> version = version();
    Workbook workbook = open();
    remember(workbook, version);
    var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    List<Tab> read = new ArrayList<>();
    for (Sheet sheet : workbook) {
      if (wanted == null || wanted.contains(key(sheet.getSheetName()))) {
        read.add(XlsxCells.read(sheet, evaluator));
      }
    }
    return new SheetSnapshot(read);
  }

  @Override
  public synchronized Optional<String> write(SheetSnapshot basis, List<CellUpdate> updates) {
    if (updates.isEmpty()) {
      return version();
    }
    Optional<String> before = version();
    boolean unmoved = lastRead != null && before.isPresent() && before.equals(lastReadVersion);
    Workbook workbook = unmoved ? lastRead : open();
    remember(workbook, Optional.empty());
    try {
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
      replace(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + path, e);
    }
    Optional<String> after = version();
    remember(workbook, after);
    // A file saved by someone since our read now holds an edit no sync has seen: report no version,
    // so the next scheduled sync reads it rather than taking it for our own write.
    return unmoved ? after : Optional.empty();
  }

  private void remember(Workbook workbook, Optional<String> version) {
    if (lastRead != null && lastRead != workbook) {
      try {
        lastRead.close();
      } catch (IOException ignored) {
        // an in-memory copy: nothing to release on disk
      }
    }
    lastRead = workbook;
    lastReadVersion = version;
  }

  /** Creates the workbook with these tabs unless a file is already there. */
  boolean createIfMissing(List<Tab> tabs) throws IOException {
    if (Files.exists(path)) {
      return false;
    }
    Files.createDirectories(path.getParent());
    try (Workbook workbook = new XSSFWorkbook()) {
      for (Tab tab : tabs) {
        Sheet sheet = workbook.createSheet(tab.name());
        for (int r = 0; r < tab.rowCount(); r++) {
          Row row = sheet.createRow(r);
          for (int c = 0; c < tab.width(r); c++) {
            XlsxCells.write(row.createCell(c), tab.value(r, c));
          }
        }
      }
      replace(workbook);
    }
    return true;
  }

  @Override
  public String describe() {
    return "xlsx:" + path;
  }

  private Workbook open() {
    return XlsxFile.open(path);
  }

  private void replace(Workbook workbook) throws IOException {
    XlsxFile.replace(path, workbook);
  }

  private static String key(String tab) {
    return tab.strip().toLowerCase(Locale.ROOT);
  }
}
