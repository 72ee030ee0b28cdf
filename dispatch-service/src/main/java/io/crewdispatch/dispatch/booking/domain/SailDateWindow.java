package io.crewdispatch.dispatch.booking.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * The sail dates a booking may carry: from yesterday (a charter that left last night may still be
 * entered) to two years ahead, in the charter's own time zone. Anything else is a typo or an attack
 * (2020, 9999), never a charter to call crew for.
 */
public final class SailDateWindow {

  public static final Period AHEAD = Period.ofYears(2);

  private final Clock clock;

  public SailDateWindow(Clock clock) {
    this.clock = clock;
  }

  public boolean admits(LocalDate sailDate, ZoneId zone) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    return !sailDate.isBefore(today.minusDays(1)) && !sailDate.isAfter(today.plus(AHEAD));
  }

  public String describe(ZoneId zone) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    return "must be between " + today.minusDays(1) + " and " + today.plus(AHEAD);
  }
}
