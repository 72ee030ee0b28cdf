package io.crewdispatch.reporting.statement.application;

/** A statement month no charter of the ledger sails in: there is nothing to build. */
public class MonthNotInLedgerException extends RuntimeException {

  private final String value;

  public MonthNotInLedgerException(String value, String message) {
    super(message);
    this.value = value;
  }

  public String value() {
    return value;
  }
}
