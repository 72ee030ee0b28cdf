package io.crewdispatch.roster.events;

import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.WithdrawalReason;
import io.crewdispatch.platform.kafka.EventChecks;
import io.crewdispatch.roster.assignment.application.RecordAssignment;
import io.crewdispatch.roster.assignment.domain.AssignmentEvent;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes dispatch-events: confirmations, staffing and withdrawals become the charter's row in the
 * Assignments tab; calls and stalls change no row. Idempotent on eventId (in the use case).
 */
@Component
@KafkaListener(topics = "dispatch-events", id = "roster-dispatch-events")
class DispatchEventsListener {

  private final RecordAssignment assignments;

  DispatchEventsListener(RecordAssignment assignments) {
    this.assignments = assignments;
  }

  @KafkaHandler
  void on(CaptainConfirmed event) {
    assignments.apply(
        new AssignmentEvent.CaptainConfirmed(
            EventChecks.requireText(event.getEventId(), "eventId"),
            EventChecks.requireText(event.getCharterId(), "charterId"),
            event.getOccurredAt(),
            AvroMapping.sailing(event.getCharter()),
            AvroMapping.person(event.getCaptain())));
  }

  @KafkaHandler
  void on(CharterStaffed event) {
    assignments.apply(
        new AssignmentEvent.CharterStaffed(
            EventChecks.requireText(event.getEventId(), "eventId"),
            EventChecks.requireText(event.getCharterId(), "charterId"),
            event.getOccurredAt(),
            AvroMapping.sailing(event.getCharter()),
            AvroMapping.person(event.getCaptain()),
            event.getCrew().stream().map(AvroMapping::person).toList()));
  }

  @KafkaHandler
  void on(CallWithdrawn event) {
    assignments.apply(
        new AssignmentEvent.CallWithdrawn(
            EventChecks.requireText(event.getEventId(), "eventId"),
            EventChecks.requireText(event.getCharterId(), "charterId"),
            event.getOccurredAt(),
            AvroMapping.sailing(event.getCharter()),
            AvroMapping.person(event.getCallee()),
            event.getReason() == WithdrawalReason.CHARTER_CANCELLED));
  }

  @KafkaHandler
  void on(CaptainCalled event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
  }

  @KafkaHandler
  void on(CrewCalled event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
  }

  @KafkaHandler
  void on(CascadeStalled event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
  }

  /**
   * Event types this service has no use for (including a newer producer's): ignored. Without this
   * spring-kafka finds no handler, and an error that is not poison is retried for as long as it
   * lasts, so one such event would stop its partition.
   */
  @KafkaHandler(isDefault = true)
  void ignore(Object event) {}
}
