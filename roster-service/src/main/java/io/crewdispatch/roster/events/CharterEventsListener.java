package io.crewdispatch.roster.events;

import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.CharterCompleted;
import io.crewdispatch.events.CharterInvoiced;
import io.crewdispatch.platform.kafka.BatchRecords;
import io.crewdispatch.platform.kafka.EventChecks;
import io.crewdispatch.roster.assignment.application.RecordAssignment;
import io.crewdispatch.roster.assignment.domain.AssignmentEvent;
import io.crewdispatch.roster.assignment.domain.Sailing;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes charter-events a fetch at a time for CharterCancelled, which marks the charter's
 * Assignments row CANCELLED even when nobody's call was open to withdraw (a fully staffed charter),
 * and CharterBooked, which after a cancellation is a reschedule: the row follows the new booking.
 * Every booking passes through here, nearly all of them new charters with no row: the fetch's
 * charters are looked up with one read, not one each. Poison and failures as in {@link
 * DispatchEventsListener}.
 */
@Component
class CharterEventsListener {

  private final RecordAssignment assignments;
  private final MeterRegistry meters;

  CharterEventsListener(RecordAssignment assignments, MeterRegistry meters) {
    this.assignments = assignments;
    this.meters = meters;
  }

  @KafkaListener(topics = "charter-events", id = "roster-charter-events", batch = "true")
  void on(List<ConsumerRecord<String, Object>> records) {
    BatchRecords.consume(
        meters, records, CharterEventsListener::assignmentEvent, assignments::applyAll);
  }

  /** What the event changes in a row, if anything; throws when the event is invalid. */
  private static Optional<AssignmentEvent> assignmentEvent(Object event) {
    if (event instanceof CharterCancelled e) {
      return Optional.of(
          new AssignmentEvent.CharterCancelled(
              EventChecks.requireText(e.getEventId(), "eventId"),
              EventChecks.requireText(e.getCharterId(), "charterId")));
    }
    if (event instanceof CharterBooked e) {
      return Optional.of(
          new AssignmentEvent.CharterBooked(
              EventChecks.requireText(e.getEventId(), "eventId"),
              EventChecks.requireText(e.getCharterId(), "charterId"),
              e.getOccurredAt(),
              new Sailing(
                  e.getSailDate(),
                  e.getDepartureTime(),
                  EventChecks.requireText(e.getVessel(), "vessel"))));
    }
    if (event instanceof CharterCompleted e) {
      EventChecks.requireText(e.getCharterId(), "charterId");
    } else if (event instanceof CharterInvoiced e) {
      EventChecks.requireText(e.getCharterId(), "charterId");
    }
    return Optional.empty();
  }
}
