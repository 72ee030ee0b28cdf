package io.crewdispatch.roster.support;

import io.crewdispatch.roster.sheet.domain.Tab;
import java.util.List;

/** The office's sheet as a test arranges it and reads it back, whichever adapter serves it. */
public interface SheetFixture {

  /** Replaces the whole sheet with these tabs (cells: String, BigDecimal, Boolean, Formula). */
  void replaceWith(List<Tab> tabs);

  /** A tab's cells as text ("" for blank), or an empty list when the tab does not exist. */
  List<List<String>> tab(String name);
}
