package io.crewdispatch.reporting.ledger.kafka;

import static io.crewdispatch.platform.kafka.EventChecks.requireText;

import io.crewdispatch.events.CallExtended;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadePaused;
import io.crewdispatch.events.CascadeResumed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.SeatReleased;
import io.crewdispatch.events.WithdrawalReason;
import io.crewdispatch.reporting.ledger.application.RecordLedgerEvent;
import io.crewdispatch.reporting.ledger.domain.LedgerEvent;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes dispatch-events into the ledger: who captains and crews each charter. Calls and stalls
 * say nothing about who sailed, so they are checked and passed over.
 */
@Component
@KafkaListener(topics = "dispatch-events", id = "reporting-dispatch-events")
class DispatchEventsListener {

  private final RecordLedgerEvent ledger;

  DispatchEventsListener(RecordLedgerEvent ledger) {
    this.ledger = ledger;
  }

  @KafkaHandler
  void on(CaptainConfirmed event) {
    ledger.record(LedgerEvents.captainConfirmed(event));
  }

  @KafkaHandler
  void on(CharterStaffed event) {
    ledger.record(LedgerEvents.staffed(event));
  }

  @KafkaHandler
  void on(CrewConfirmed event) {
    ledger.record(
        new LedgerEvent.CrewConfirmed(
            requireText(event.getEventId(), "eventId"),
            requireText(event.getCharterId(), "charterId"),
            LedgerEvents.person(event.getCrew(), "crew")));
  }

  @KafkaHandler
  void on(SeatReleased event) {
    ledger.record(
        new LedgerEvent.SeatReleased(
            requireText(event.getEventId(), "eventId"),
            requireText(event.getCharterId(), "charterId"),
            LedgerEvents.person(event.getPerson(), "person").crewId()));
  }

  @KafkaHandler
  void on(CallWithdrawn event) {
    requireText(event.getCharterId(), "charterId");
    // Only a person who became unavailable leaves a confirmed seat; other withdrawals end calls
    // that never confirmed anyone (or come with a cancellation the charter events already carry).
    if (event.getReason() == WithdrawalReason.UNAVAILABLE) {
      ledger.record(
          new LedgerEvent.SeatReleased(
              requireText(event.getEventId(), "eventId"),
              event.getCharterId(),
              LedgerEvents.person(event.getCallee(), "callee").crewId()));
    }
  }

  @KafkaHandler
  void on(CaptainCalled event) {
    requireText(event.getCharterId(), "charterId");
  }

  @KafkaHandler
  void on(CrewCalled event) {
    requireText(event.getCharterId(), "charterId");
  }

  @KafkaHandler
  void on(CascadeStalled event) {
    requireText(event.getCharterId(), "charterId");
  }

  @KafkaHandler
  void on(CallExtended event) {
    requireText(event.getCharterId(), "charterId");
  }

  @KafkaHandler
  void on(CascadePaused event) {
    requireText(event.getCharterId(), "charterId");
  }

  @KafkaHandler
  void on(CascadeResumed event) {
    requireText(event.getCharterId(), "charterId");
  }

  /**
   * Event types this service has no use for (including a newer producer's): ignored. Without this
   * spring-kafka finds no handler, and an error that is not poison is retried for as long as it
   * lasts, so one such event would stop its partition.
   */
  @KafkaHandler(isDefault = true)
  void ignore(Object event) {}
}
