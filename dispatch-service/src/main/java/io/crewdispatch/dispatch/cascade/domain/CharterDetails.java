package io.crewdispatch.dispatch.cascade.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * What the cascade needs to know about a booked charter. Times are local to {@code timeZone}; the
 * return is on the sail date.
 *
 * @param crewRequired crew needed besides the captain
 */
public record CharterDetails(
    String vessel,
    LocalDate sailDate,
    LocalTime departureTime,
    LocalTime returnTime,
    ZoneId timeZone,
    int guestCount,
    int crewRequired) {

  public Instant departure() {
    return sailDate.atTime(departureTime).atZone(timeZone).toInstant();
  }

  public Instant returnAt() {
    return sailDate.atTime(returnTime).atZone(timeZone).toInstant();
  }

  public YearMonth month() {
    return YearMonth.from(sailDate);
  }

  /** Whether both charters keep a person busy at the same time (touching ends do not overlap). */
  public boolean overlaps(CharterDetails other) {
    return departure().isBefore(other.returnAt()) && other.departure().isBefore(returnAt());
  }
}
