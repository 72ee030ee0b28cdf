package io.crewdispatch.auth.portal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The days a member may set from the portal: today and the {@code days - 1} after it, "today" being
 * the operator's (the sheet's month tabs are the operator's calendar).
 */
public record AvailabilityWindow(int days, ZoneId zone) {

  public List<LocalDate> at(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    return today.datesUntil(today.plusDays(days)).toList();
  }

  public boolean contains(LocalDate day, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    return !day.isBefore(today) && day.isBefore(today.plusDays(days));
  }
}
