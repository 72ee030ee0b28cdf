package io.crewdispatch.roster.sheet.domain;

/**
 * One cell the service writes, zero-based, as text; an empty value clears the cell. The service
 * only ever writes cells it owns: new Crew IDs, the Assignments and Sync Status tabs.
 */
public record CellUpdate(String tab, int row, int column, String value) {

  public CellUpdate {
    value = value == null ? "" : value;
  }
}
