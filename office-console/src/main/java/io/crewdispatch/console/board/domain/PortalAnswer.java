package io.crewdispatch.console.board.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** What a crew member said about their own days in the portal (AvailabilitySet). */
public record PortalAnswer(
    String crewId, String eventId, Map<LocalDate, Boolean> days, Instant setAt) {

  public PortalAnswer {
    days = Map.copyOf(days);
  }
}
