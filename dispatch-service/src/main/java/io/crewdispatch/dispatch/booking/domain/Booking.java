package io.crewdispatch.dispatch.booking.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A charter booked through dispatch's own endpoint; money always at scale 2. */
public record Booking(
    String charterId,
    String vessel,
    LocalDate sailDate,
    LocalTime departureTime,
    LocalTime returnTime,
    ZoneId timeZone,
    int guestCount,
    int crewRequired,
    BigDecimal totalRevenue,
    String customerName,
    String notes) {

  public Booking {
    totalRevenue = totalRevenue.setScale(2, RoundingMode.UNNECESSARY);
  }
}
