package io.crewdispatch.roster.member.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** A crew member's own answers from the portal (AvailabilitySet), as the domain sees them. */
public record PortalAnswer(
    String eventId, String crewId, Map<LocalDate, DayAvailability> days, Instant setAt) {

  public PortalAnswer {
    days = new TreeMap<>(days);
  }
}
