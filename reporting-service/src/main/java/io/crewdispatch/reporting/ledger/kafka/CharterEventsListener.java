package io.crewdispatch.reporting.ledger.kafka;

import static io.crewdispatch.platform.kafka.EventChecks.requireText;

import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.CharterCompleted;
import io.crewdispatch.events.CharterInvoiced;
import io.crewdispatch.platform.kafka.BatchRecords;
import io.crewdispatch.reporting.ledger.application.RecordLedgerEvent;
import io.crewdispatch.reporting.ledger.domain.LedgerEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes charter-events into the ledger a fetch at a time, idempotent on eventId (see {@link
 * RecordLedgerEvent}): every booking passes through here, and a fetch's new charters start their
 * entries in one write, not one each.
 *
 * <p>A record that can never be applied (undecodable, invalid) is poison: the events before it are
 * applied, the error handler commits them, dead-letters it and fetches the rest again. A failure to
 * store names the batch's first record: the handler backs off and fetches it all again for as long
 * as the failure lasts; events already applied change nothing the second time.
 */
@Component
class CharterEventsListener {

  private final RecordLedgerEvent ledger;
  private final MeterRegistry meters;

  CharterEventsListener(RecordLedgerEvent ledger, MeterRegistry meters) {
    this.ledger = ledger;
    this.meters = meters;
  }

  @KafkaListener(topics = "charter-events", id = "reporting-charter-events", batch = "true")
  void on(List<ConsumerRecord<String, Object>> records) {
    BatchRecords.consume(meters, records, CharterEventsListener::ledgerEvent, ledger::recordAll);
  }

  /** The event as the ledger takes it; throws when it is invalid. */
  private static Optional<LedgerEvent> ledgerEvent(Object event) {
    if (event instanceof CharterBooked e) {
      return Optional.of(LedgerEvents.booked(e));
    }
    if (event instanceof CharterCancelled e) {
      return Optional.of(
          new LedgerEvent.Cancelled(
              requireText(e.getEventId(), "eventId"), requireText(e.getCharterId(), "charterId")));
    }
    if (event instanceof CharterCompleted e) {
      return Optional.of(
          new LedgerEvent.Completed(
              requireText(e.getEventId(), "eventId"), requireText(e.getCharterId(), "charterId")));
    }
    if (event instanceof CharterInvoiced e) {
      return Optional.of(LedgerEvents.invoiced(e));
    }
    return Optional.empty(); // a type this service has no use for, or a newer producer's
  }
}
