package io.crewdispatch.reporting.ledger.domain;

/**
 * Where a charter stands, as the statement shows it. Invoicing is shown beside it (its own column),
 * because completion and invoice arrive independently.
 */
public enum CharterStatus {
  BOOKED("Booked"),
  CAPTAIN_CONFIRMED("Captain confirmed"),
  STAFFED("Staffed"),
  COMPLETED("Completed"),
  CANCELLED("Cancelled");

  private final String label;

  CharterStatus(String label) {
    this.label = label;
  }

  /** The word people read in the workbook (and that its formulas compare against). */
  public String label() {
    return label;
  }
}
