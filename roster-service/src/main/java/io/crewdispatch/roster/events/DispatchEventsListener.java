package io.crewdispatch.roster.events;

import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.WithdrawalReason;
import io.crewdispatch.platform.kafka.BatchRecords;
import io.crewdispatch.platform.kafka.EventChecks;
import io.crewdispatch.roster.assignment.application.RecordAssignment;
import io.crewdispatch.roster.assignment.domain.AssignmentEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes dispatch-events a fetch at a time: confirmations, staffing and withdrawals become the
 * charters' rows in the Assignments tab, all of a fetch's rows in one read and one write of the
 * sheet (each write of the workbook, or call to Google, costs the same however few rows it holds);
 * calls and stalls change no row, nor do types this service has no use for (a newer producer's).
 * Idempotent on eventId (in the use case).
 *
 * <p>A record that can never be applied (undecodable, invalid) is poison: the events before it are
 * applied, the error handler commits them, dead-letters it and fetches the rest again. A failure to
 * store names the batch's first record: the handler backs off and fetches it all again for as long
 * as the failure lasts; events already applied change nothing the second time.
 */
@Component
class DispatchEventsListener {

  private final RecordAssignment assignments;
  private final MeterRegistry meters;

  DispatchEventsListener(RecordAssignment assignments, MeterRegistry meters) {
    this.assignments = assignments;
    this.meters = meters;
  }

  @KafkaListener(topics = "dispatch-events", id = "roster-dispatch-events", batch = "true")
  void on(List<ConsumerRecord<String, Object>> records) {
    BatchRecords.consume(
        meters, records, DispatchEventsListener::assignmentEvent, assignments::applyAll);
  }

  /** What the event changes in a row, if anything; throws when the event is invalid. */
  private static Optional<AssignmentEvent> assignmentEvent(Object event) {
    if (event instanceof CaptainConfirmed e) {
      return Optional.of(
          new AssignmentEvent.CaptainConfirmed(
              EventChecks.requireText(e.getEventId(), "eventId"),
              EventChecks.requireText(e.getCharterId(), "charterId"),
              e.getOccurredAt(),
              AvroMapping.sailing(e.getCharter()),
              AvroMapping.person(e.getCaptain())));
    }
    if (event instanceof CharterStaffed e) {
      return Optional.of(
          new AssignmentEvent.CharterStaffed(
              EventChecks.requireText(e.getEventId(), "eventId"),
              EventChecks.requireText(e.getCharterId(), "charterId"),
              e.getOccurredAt(),
              AvroMapping.sailing(e.getCharter()),
              AvroMapping.person(e.getCaptain()),
              e.getCrew().stream().map(AvroMapping::person).toList()));
    }
    if (event instanceof CallWithdrawn e) {
      return Optional.of(
          new AssignmentEvent.CallWithdrawn(
              EventChecks.requireText(e.getEventId(), "eventId"),
              EventChecks.requireText(e.getCharterId(), "charterId"),
              e.getOccurredAt(),
              AvroMapping.sailing(e.getCharter()),
              AvroMapping.person(e.getCallee()),
              e.getReason() == WithdrawalReason.CHARTER_CANCELLED));
    }
    if (event instanceof CaptainCalled e) {
      return noRow(e.getCharterId());
    }
    if (event instanceof CrewCalled e) {
      return noRow(e.getCharterId());
    }
    if (event instanceof CascadeStalled e) {
      return noRow(e.getCharterId());
    }
    return Optional.empty(); // a type this service has no use for, or a newer producer's
  }

  private static Optional<AssignmentEvent> noRow(String charterId) {
    EventChecks.requireText(charterId, "charterId");
    return Optional.empty();
  }
}
