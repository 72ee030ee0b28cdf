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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
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

  private static final int MAX_ATTEMPTS = 5;

  private final Path path;

  /**
   * The workbook as last read or written, and the file version it matches (empty while a write
   * changes it): a read or a write that finds the file still at that version uses this copy instead
   * of parsing the file again. The parse was half of the service's CPU while captains accepted
   * (every confirmation reads the Assignments tab, then writes it); any other read or write parses
   * the file first.
   */
  private Workbook lastRead;

  private Optional<String> lastReadVersion = Optional.empty();

  private int parses;

  private Runnable beforeRename = () -> {};

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
    Optional<String> version = version();
    Workbook workbook = unmoved(version) ? lastRead : open();
    remember(workbook, version);
    return XlsxWorkbook.snapshot(workbook, tabs);
  }

  /** True when the copy in memory is the file at {@code version}. */
  private boolean unmoved(Optional<String> version) {
    return lastRead != null && version.isPresent() && version.equals(lastReadVersion);
  }

  /** How many times the file was parsed: for the test of the copy's reuse. */
  int parses() {
    return parses;
  }

  @Override
  public synchronized Optional<String> write(SheetSnapshot basis, List<CellUpdate> updates) {
    if (updates.isEmpty()) {
      return version();
    }
    boolean savedByOthers = false;
    for (int attempt = 1; ; attempt++) {
      Optional<String> before = version();
      boolean unmoved = unmoved(before);
      savedByOthers |= !unmoved;
      Workbook workbook = unmoved ? lastRead : open();
      remember(workbook, Optional.empty());
      try {
        XlsxWorkbook.apply(workbook, updates);
        if (replaceIfStill(workbook, before)) {
          break;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not write " + path, e);
      }
      // Saved by someone while the copy was being written (POI takes a while on a large
      // workbook): renaming now would lose that save, so read it and write our cells into it.
      savedByOthers = true;
      if (attempt == MAX_ATTEMPTS) {
        throw new UncheckedIOException(
            new IOException(path + " was saved by someone during each of " + attempt + " writes"));
      }
    }
    Optional<String> after = version();
    remember(lastRead, after);
    // A file saved by someone since our read now holds an edit no sync has seen: report no version,
    // so the next scheduled sync reads it rather than taking it for our own write.
    return savedByOthers ? Optional.empty() : after;
  }

  /**
   * Writes the copy beside the file, then renames it over the file only if the file is still at the
   * version the copy was made from. What remains between that look and the rename is microseconds,
   * not the time POI takes to write the workbook.
   */
  private boolean replaceIfStill(Workbook workbook, Optional<String> basis) throws IOException {
    Path temp = XlsxFile.writeBeside(path, workbook);
    try {
      beforeRename.run();
      if (basis.isPresent() && !version().equals(basis)) {
        return false;
      }
      XlsxFile.moveOver(temp, path);
      return true;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** For the test: a person's save at the worst moment, after the copy is written. */
  void beforeRename(Runnable hook) {
    this.beforeRename = hook;
  }

  private void remember(Workbook workbook, Optional<String> version) {
    if (lastRead != workbook) {
      XlsxWorkbook.close(lastRead);
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
    try (Workbook workbook = XlsxWorkbook.create(tabs)) {
      replace(workbook);
    }
    return true;
  }

  @Override
  public String describe() {
    return "xlsx:" + path;
  }

  private Workbook open() {
    parses++;
    return XlsxFile.open(path);
  }

  private void replace(Workbook workbook) throws IOException {
    XlsxFile.replace(path, workbook);
  }
}
