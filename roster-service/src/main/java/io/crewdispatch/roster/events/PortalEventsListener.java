package io.crewdispatch.roster.events;

import io.crewdispatch.events.Availability;
import io.crewdispatch.events.AvailabilitySet;
import io.crewdispatch.platform.kafka.EventChecks;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import io.crewdispatch.roster.member.application.RejectedAvailabilityException;
import io.crewdispatch.roster.member.application.SetPortalAvailability;
import io.crewdispatch.roster.member.domain.DayAvailability;
import io.crewdispatch.roster.member.domain.PortalAnswer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes portal-events: a crew member's AvailabilitySet is written into the month tabs. An event
 * that can never apply (unknown crewId, a day that is not a date or is outside the window) is
 * dead-lettered with the reason; a sheet or table that cannot be reached is retried.
 */
@Component
@KafkaListener(topics = "portal-events", id = "roster-portal-events")
class PortalEventsListener {

  private final SetPortalAvailability availability;

  PortalEventsListener(SetPortalAvailability availability) {
    this.availability = availability;
  }

  @KafkaHandler
  void on(AvailabilitySet event) {
    Map<LocalDate, DayAvailability> days = new HashMap<>();
    event
        .getDays()
        .forEach(
            (day, answer) -> {
              try {
                days.put(
                    LocalDate.parse(day),
                    answer == Availability.AVAILABLE
                        ? DayAvailability.AVAILABLE
                        : DayAvailability.UNAVAILABLE);
              } catch (DateTimeParseException notADate) {
                throw new NonRetryableEventException(
                    "Invalid event: day '" + day + "' is not a date");
              }
            });
    try {
      availability.apply(
          new PortalAnswer(
              EventChecks.requireText(event.getEventId(), "eventId"),
              EventChecks.requireText(event.getCrewId(), "crewId"),
              days,
              event.getSetAt()));
    } catch (RejectedAvailabilityException never) {
      throw new NonRetryableEventException("Invalid event: " + never.getMessage());
    }
  }

  /** Event types this service has no use for (a newer producer's): ignored. */
  @KafkaHandler(isDefault = true)
  void ignore(Object event) {}
}
