package io.crewdispatch.roster.sheet.application;

import io.crewdispatch.roster.sheet.domain.CellUpdate;
import io.crewdispatch.roster.sheet.domain.SheetSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The office's spreadsheet: a local workbook or a Google spreadsheet. Callers serialize each
 * read-then-write through {@link SheetLock} so that what they write was planned on a fresh read.
 */
public interface RosterSheet {

  /**
   * A cheap marker that moves whenever the sheet is saved (file identity and mtime, or Drive's
   * modifiedTime); empty when it cannot be told, which means "read it".
   */
  Optional<String> version();

  /** Every tab, in one batched read. */
  SheetSnapshot read();

  /** Only the named tabs that exist (for writers that need a fresh look at their own tabs). */
  SheetSnapshot read(Set<String> tabs);

  /**
   * Writes the cells in one batch, creating any tab not in {@code basis}; returns the version after
   * the write when it is known and reflects nothing but the last read and this write (empty
   * otherwise, which makes the next scheduled sync read the sheet).
   */
  Optional<String> write(SheetSnapshot basis, List<CellUpdate> updates);

  /** Where the sheet is, for logs and health (no credentials). */
  String describe();
}
