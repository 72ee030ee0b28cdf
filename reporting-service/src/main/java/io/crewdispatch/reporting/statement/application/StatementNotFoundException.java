package io.crewdispatch.reporting.statement.application;

/** Nothing was built for that month or captain (or the file has gone from the store). */
public class StatementNotFoundException extends RuntimeException {

  public StatementNotFoundException(String message) {
    super(message);
  }
}
