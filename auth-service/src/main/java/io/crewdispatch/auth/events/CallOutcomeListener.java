package io.crewdispatch.auth.events;

import io.crewdispatch.auth.link.application.RecordOutcome;
import io.crewdispatch.auth.link.domain.NotConfirmed;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.Callee;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.SeatReleased;
import io.crewdispatch.platform.kafka.EventChecks;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads dispatch's decisions about calls and seats for the accept page (DESIGN.md flow 10: the page
 * says "confirmed" only once dispatch has). Its own consumer group, so a slow link mint never
 * delays the page's outcome and the other way round. Everything else on the topic is not its
 * business.
 */
@Component
@KafkaListener(topics = "dispatch-events", id = "auth-call-outcomes")
class CallOutcomeListener {

  private final RecordOutcome record;

  CallOutcomeListener(RecordOutcome record) {
    this.record = record;
  }

  @KafkaHandler
  void on(CaptainConfirmed event) {
    record.confirmed(
        charterId(event.getCharterId()),
        EventChecks.requireText(event.getCallId(), "callId"),
        crewId(event.getCaptain(), "captain"),
        event.getOccurredAt());
  }

  @KafkaHandler
  void on(CrewConfirmed event) {
    record.confirmed(
        charterId(event.getCharterId()),
        event.getCallId(),
        crewId(event.getCrew(), "crew"),
        event.getOccurredAt());
  }

  @KafkaHandler
  void on(CallWithdrawn event) {
    record.withdrawn(
        charterId(event.getCharterId()),
        EventChecks.requireText(event.getCallId(), "callId"),
        NotConfirmed.valueOf(required(event.getReason(), "reason").name()),
        event.getOccurredAt());
  }

  @KafkaHandler
  void on(SeatReleased event) {
    record.released(
        charterId(event.getCharterId()),
        crewId(event.getPerson(), "person"),
        NotConfirmed.valueOf(required(event.getReason(), "reason").name()),
        event.getOccurredAt());
  }

  /** Calls, stalls, staffing and the office's pauses say nothing about an answer's outcome. */
  @KafkaHandler(isDefault = true)
  void other(Object event) {
    // nothing to record
  }

  private static String charterId(String charterId) {
    return EventChecks.requireText(charterId, "charterId");
  }

  private static String crewId(Callee callee, String field) {
    return EventChecks.requireText(required(callee, field).getCrewId(), field + ".crewId");
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new NonRetryableEventException("Invalid event: " + field + " is missing");
    }
    return value;
  }
}
