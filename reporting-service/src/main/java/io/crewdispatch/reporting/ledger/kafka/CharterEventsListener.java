package io.crewdispatch.reporting.ledger.kafka;

import static io.crewdispatch.platform.kafka.EventChecks.requireText;

import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.CharterCompleted;
import io.crewdispatch.events.CharterInvoiced;
import io.crewdispatch.reporting.ledger.application.RecordLedgerEvent;
import io.crewdispatch.reporting.ledger.domain.LedgerEvent;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes charter-events into the ledger; idempotent on eventId (see {@link RecordLedgerEvent}).
 */
@Component
@KafkaListener(topics = "charter-events", id = "reporting-charter-events")
class CharterEventsListener {

  private final RecordLedgerEvent ledger;

  CharterEventsListener(RecordLedgerEvent ledger) {
    this.ledger = ledger;
  }

  @KafkaHandler
  void on(CharterBooked event) {
    ledger.record(LedgerEvents.booked(event));
  }

  @KafkaHandler
  void on(CharterCancelled event) {
    ledger.record(
        new LedgerEvent.Cancelled(
            requireText(event.getEventId(), "eventId"),
            requireText(event.getCharterId(), "charterId")));
  }

  @KafkaHandler
  void on(CharterCompleted event) {
    ledger.record(
        new LedgerEvent.Completed(
            requireText(event.getEventId(), "eventId"),
            requireText(event.getCharterId(), "charterId")));
  }

  @KafkaHandler
  void on(CharterInvoiced event) {
    ledger.record(LedgerEvents.invoiced(event));
  }
}
