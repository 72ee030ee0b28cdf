package io.crewdispatch.roster.member.domain;

import io.crewdispatch.roster.sheet.domain.CellUpdate;
import io.crewdispatch.roster.sheet.domain.Tab;

/**
 * A Crew ID the service made for a row that had none, to be written into that row's blank cell, but
 * only if the row still holds the same person and the cell is still blank when re-read: the Roster
 * tab is the office's, and an ID typed in the meantime wins.
 */
public record NewCrewId(CellUpdate update, int nameColumn, String name) {

  public boolean stillFits(Tab fresh) {
    Tab tab = fresh.unmerged();
    return CellText.isBlank(tab.value(update.row(), update.column()))
        && CellText.text(tab.value(update.row(), nameColumn)).equals(name);
  }
}
