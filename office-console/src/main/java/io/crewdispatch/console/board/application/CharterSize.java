package io.crewdispatch.console.board.application;

/**
 * How many bytes a charter's item would take in the table, and the most the board stores for one
 * charter (below the table's own limit, which a write over it would fail against every time).
 */
public record CharterSize(long bytes, long budget) {

  public boolean fits() {
    return bytes <= budget;
  }
}
