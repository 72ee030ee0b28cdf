package io.crewdispatch.platform.kafka;

/** Checks a listener makes before handing an event to its use case; failures skip retries. */
public final class EventChecks {

  private EventChecks() {}

  /** Returns {@code value}, or throws when it is null or blank. */
  public static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new NonRetryableEventException("Invalid event: " + field + " is blank");
    }
    return value;
  }
}
