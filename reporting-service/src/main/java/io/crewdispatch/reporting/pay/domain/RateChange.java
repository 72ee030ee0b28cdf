package io.crewdispatch.reporting.pay.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A member's rates from {@code effectiveFrom} on (when roster-service saw the change), until the
 * next change.
 *
 * @param eventId the RosterChanged that carried it, so a redelivery writes the same record
 */
public record RateChange(String crewId, Instant effectiveFrom, String eventId, PayRate rate) {

  public RateChange {
    Objects.requireNonNull(crewId, "crewId");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(rate, "rate");
  }
}
