package io.crewdispatch.platform.kafka;

/**
 * An event that decoded but can never be handled (a required field blank, a date that does not
 * exist): retrying would fail the same way, so it goes straight to the dead-letter topic.
 */
public class NonRetryableEventException extends RuntimeException {

  public NonRetryableEventException(String message) {
    super(message);
  }

  public NonRetryableEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
