package io.crewdispatch.roster.events;

import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.CharterCompleted;
import io.crewdispatch.events.CharterInvoiced;
import io.crewdispatch.platform.kafka.EventChecks;
import io.crewdispatch.roster.assignment.application.RecordAssignment;
import io.crewdispatch.roster.assignment.domain.AssignmentEvent;
import io.crewdispatch.roster.assignment.domain.Sailing;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes charter-events for CharterCancelled, which marks the charter's Assignments row CANCELLED
 * even when nobody's call was open to withdraw (a fully staffed charter), and CharterBooked, which
 * after a cancellation is a reschedule: the row follows the new booking.
 */
@Component
@KafkaListener(topics = "charter-events", id = "roster-charter-events")
class CharterEventsListener {

  private final RecordAssignment assignments;

  CharterEventsListener(RecordAssignment assignments) {
    this.assignments = assignments;
  }

  @KafkaHandler
  void on(CharterCancelled event) {
    assignments.apply(
        new AssignmentEvent.CharterCancelled(
            EventChecks.requireText(event.getEventId(), "eventId"),
            EventChecks.requireText(event.getCharterId(), "charterId")));
  }

  @KafkaHandler
  void on(CharterBooked event) {
    assignments.apply(
        new AssignmentEvent.CharterBooked(
            EventChecks.requireText(event.getEventId(), "eventId"),
            EventChecks.requireText(event.getCharterId(), "charterId"),
            event.getOccurredAt(),
            new Sailing(
                event.getSailDate(),
                event.getDepartureTime(),
                EventChecks.requireText(event.getVessel(), "vessel"))));
  }

  @KafkaHandler
  void on(CharterCompleted event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
  }

  @KafkaHandler
  void on(CharterInvoiced event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
  }
}
