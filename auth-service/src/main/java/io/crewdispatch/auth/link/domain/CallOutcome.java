package io.crewdispatch.auth.link.domain;

import java.time.Instant;

/**
 * What dispatch decided about a person's seat, as its events said: confirmed, or not and why.
 *
 * @param reason null when {@code confirmed}
 * @param at when dispatch decided (the event's occurredAt); the latest decision is the truth
 */
public record CallOutcome(boolean confirmed, NotConfirmed reason, Instant at) {

  public static CallOutcome confirmed(Instant at) {
    return new CallOutcome(true, null, at);
  }

  public static CallOutcome notConfirmed(NotConfirmed reason, Instant at) {
    return new CallOutcome(false, reason, at);
  }

  public boolean isAfter(CallOutcome other) {
    return other == null || at.isAfter(other.at);
  }
}
