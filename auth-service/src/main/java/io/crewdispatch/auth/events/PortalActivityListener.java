package io.crewdispatch.auth.events;

import io.crewdispatch.auth.link.domain.Role;
import io.crewdispatch.auth.portal.application.RecordPortalActivity;
import io.crewdispatch.auth.portal.domain.Seat;
import io.crewdispatch.events.Callee;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CharterSummary;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.SeatReleased;
import io.crewdispatch.platform.kafka.EventChecks;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import io.crewdispatch.platform.kafka.OneConsumer;
import io.crewdispatch.platform.kafka.SideConsumer;
import java.time.Instant;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The crew portal's read model from dispatch-events, in its own consumer group: who was called (the
 * calls themselves are the links' records) and who holds or lost a seat on which charter.
 * Cancellations come from the links' charter records, so charter-events need no second reader.
 * Batched ({@link SideConsumer}): the portal is read when a member opens it, never within a second
 * of a call, and every booking's call passes here.
 */
@Component
@KafkaListener(
    topics = "dispatch-events",
    id = "auth-portal",
    concurrency = OneConsumer.FOR_ALL_PARTITIONS,
    properties = {SideConsumer.FETCH_MIN_BYTES, SideConsumer.FETCH_MAX_WAIT})
class PortalActivityListener {

  private final RecordPortalActivity record;

  PortalActivityListener(RecordPortalActivity record) {
    this.record = record;
  }

  @KafkaHandler
  void on(CaptainCalled event) {
    record.called(crewId(event.getCallee(), "callee"), callId(event.getCallId()));
  }

  @KafkaHandler
  void on(CrewCalled event) {
    record.called(crewId(event.getCallee(), "callee"), callId(event.getCallId()));
  }

  @KafkaHandler
  void on(CaptainConfirmed event) {
    record.seat(
        seat(
            event.getCharterId(),
            event.getCaptain(),
            "captain",
            Role.CAPTAIN,
            event.getCharter(),
            true,
            event.getOccurredAt()));
  }

  @KafkaHandler
  void on(CrewConfirmed event) {
    record.seat(
        seat(
            event.getCharterId(),
            event.getCrew(),
            "crew",
            Role.CREW,
            event.getCharter(),
            true,
            event.getOccurredAt()));
  }

  @KafkaHandler
  void on(SeatReleased event) {
    record.seat(
        seat(
            event.getCharterId(),
            event.getPerson(),
            "person",
            Role.valueOf(event.getRole().name()),
            event.getCharter(),
            false,
            event.getOccurredAt()));
  }

  /** Withdrawals, stalls, staffing and the office's pauses: the links' records already tell. */
  @KafkaHandler(isDefault = true)
  void other(Object event) {
    // nothing for the portal
  }

  private static Seat seat(
      String charterId,
      Callee person,
      String field,
      Role role,
      CharterSummary charter,
      boolean confirmed,
      Instant at) {
    if (charter == null || at == null) {
      throw new NonRetryableEventException("Invalid event: charter or occurredAt missing");
    }
    return new Seat(
        crewId(person, field),
        EventChecks.requireText(charterId, "charterId"),
        role,
        CallMapping.charter(charter),
        confirmed,
        at);
  }

  private static String callId(String callId) {
    return EventChecks.requireText(callId, "callId");
  }

  private static String crewId(Callee callee, String field) {
    if (callee == null) {
      throw new NonRetryableEventException("Invalid event: " + field + " is missing");
    }
    return EventChecks.requireText(callee.getCrewId(), field + ".crewId");
  }
}
