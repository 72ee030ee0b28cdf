package io.crewdispatch.auth.events;

import io.crewdispatch.auth.link.domain.Role;
import io.crewdispatch.auth.portal.application.RecordPortalActivity;
import io.crewdispatch.auth.portal.application.RecordPortalActivity.Activity;
import io.crewdispatch.auth.portal.domain.Seat;
import io.crewdispatch.events.Callee;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CharterSummary;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.SeatReleased;
import io.crewdispatch.platform.kafka.BatchRecords;
import io.crewdispatch.platform.kafka.EventChecks;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import io.crewdispatch.platform.kafka.OneConsumer;
import io.crewdispatch.platform.kafka.SideConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The crew portal's read model from dispatch-events, in its own consumer group: who was called (the
 * calls themselves are the links' records) and who holds or lost a seat on which charter.
 * Cancellations come from the links' charter records, so charter-events need no second reader.
 * Batched ({@link SideConsumer}): the portal is read when a member opens it, never within a second
 * of a call, and every booking's call passes here; a fetch's calls to one member are one write.
 * Nothing here depends on order (a set gains a callId once, a seat keeps the latest decision by its
 * instant), so a fetch is recorded at once and, should that fail, fetched again whole.
 */
@Component
class PortalActivityListener {

  private final RecordPortalActivity record;
  private final MeterRegistry meters;

  PortalActivityListener(RecordPortalActivity record, MeterRegistry meters) {
    this.record = record;
    this.meters = meters;
  }

  @KafkaListener(
      topics = "dispatch-events",
      id = "auth-portal",
      batch = "true",
      concurrency = OneConsumer.FOR_ALL_PARTITIONS,
      properties = {SideConsumer.FETCH_MIN_BYTES, SideConsumer.FETCH_MAX_WAIT})
  void on(List<ConsumerRecord<String, Object>> records) {
    BatchRecords.consume(meters, records, PortalActivityListener::activity, record::record);
  }

  /**
   * What the record tells the portal; nothing for withdrawals, stalls, staffing and the office's
   * pauses (the links' records already tell).
   */
  static Optional<Activity> activity(Object event) {
    if (event instanceof CaptainCalled called) {
      return Optional.of(
          Activity.called(crewId(called.getCallee(), "callee"), callId(called.getCallId())));
    }
    if (event instanceof CrewCalled called) {
      return Optional.of(
          Activity.called(crewId(called.getCallee(), "callee"), callId(called.getCallId())));
    }
    if (event instanceof CaptainConfirmed confirmed) {
      return Optional.of(
          Activity.seat(
              seat(
                  confirmed.getCharterId(),
                  confirmed.getCaptain(),
                  "captain",
                  Role.CAPTAIN,
                  confirmed.getCharter(),
                  true,
                  confirmed.getOccurredAt())));
    }
    if (event instanceof CrewConfirmed confirmed) {
      return Optional.of(
          Activity.seat(
              seat(
                  confirmed.getCharterId(),
                  confirmed.getCrew(),
                  "crew",
                  Role.CREW,
                  confirmed.getCharter(),
                  true,
                  confirmed.getOccurredAt())));
    }
    if (event instanceof SeatReleased released) {
      return Optional.of(
          Activity.seat(
              seat(
                  released.getCharterId(),
                  released.getPerson(),
                  "person",
                  Role.valueOf(released.getRole().name()),
                  released.getCharter(),
                  false,
                  released.getOccurredAt())));
    }
    return Optional.empty();
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
