package io.crewdispatch.reporting.statement.application;

/** A requested statement month that is malformed or lies in the future. */
public class InvalidMonthException extends RuntimeException {

  private final String value;

  public InvalidMonthException(String value, String message) {
    super(message);
    this.value = value;
  }

  public String value() {
    return value;
  }
}
