package io.crewdispatch.console.board.application;

/**
 * Something on the board changed: open pages showing {@code area} (and, for a charter, that
 * charter) re-render their live part.
 */
public record BoardChanged(Area area, String charterId) {

  public enum Area {
    CHARTER,
    ROSTER,
    SYSTEM,
    CERTIFICATES,
    STATEMENTS
  }
}
