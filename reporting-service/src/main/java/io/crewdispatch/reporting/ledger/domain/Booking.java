package io.crewdispatch.reporting.ledger.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Objects;

/** What CharterBooked says about a charter: when, on which vessel, for how many, for how much. */
public record Booking(
    String vessel,
    LocalDate sailDate,
    LocalTime departureTime,
    LocalTime returnTime,
    String timeZone,
    int guestCount,
    int crewRequired,
    BigDecimal totalRevenue) {

  public Booking {
    Objects.requireNonNull(vessel, "vessel");
    Objects.requireNonNull(sailDate, "sailDate");
    Objects.requireNonNull(departureTime, "departureTime");
    Objects.requireNonNull(totalRevenue, "totalRevenue");
    totalRevenue = totalRevenue.setScale(2, RoundingMode.HALF_UP);
  }

  /** The month whose statement lists the charter: that of its local sail date. */
  public YearMonth month() {
    return YearMonth.from(sailDate);
  }
}
