package io.crewdispatch.auth.link.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** What a callee needs to see of the charter, in its own time zone. */
public record Charter(
    String vessel,
    LocalDate sailDate,
    LocalTime departureTime,
    LocalTime returnTime,
    ZoneId timeZone,
    int guestCount) {

  public Charter {
    Objects.requireNonNull(vessel, "vessel");
    Objects.requireNonNull(sailDate, "sailDate");
    Objects.requireNonNull(departureTime, "departureTime");
    Objects.requireNonNull(returnTime, "returnTime");
    Objects.requireNonNull(timeZone, "timeZone");
  }

  /** The moment the vessel leaves: no link may outlive it. */
  public Instant departure() {
    return sailDate.atTime(departureTime).atZone(timeZone).toInstant();
  }
}
