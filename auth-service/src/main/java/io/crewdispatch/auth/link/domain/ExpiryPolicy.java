package io.crewdispatch.auth.link.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Links live until {@code respondBy} plus a grace, so that a late accept can still win while a
 * later captain is being called (DESIGN flow 4), but never past the charter's departure.
 */
public record ExpiryPolicy(Duration grace) {

  public ExpiryPolicy {
    if (grace == null || grace.isNegative()) {
      throw new IllegalArgumentException("grace must be zero or positive");
    }
  }

  public Instant expiresAt(Instant respondBy, Instant departure) {
    Instant withGrace = respondBy.plus(grace);
    return withGrace.isAfter(departure) ? departure : withGrace;
  }
}
