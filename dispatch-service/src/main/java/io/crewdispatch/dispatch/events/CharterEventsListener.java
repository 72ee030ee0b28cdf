package io.crewdispatch.dispatch.events;

import static io.crewdispatch.platform.kafka.EventChecks.requireText;

import io.crewdispatch.dispatch.cascade.application.CharterEnd;
import io.crewdispatch.dispatch.cascade.application.EndCharters;
import io.crewdispatch.dispatch.cascade.application.StartCascade;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.CharterCompleted;
import io.crewdispatch.events.CharterInvoiced;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes charter-events: one handler per event type; idempotent on eventId. */
@Component
@KafkaListener(topics = "charter-events", id = "dispatch-charter-events")
class CharterEventsListener {

  private final StartCascade start;
  private final EndCharters end;

  CharterEventsListener(StartCascade start, EndCharters end) {
    this.start = start;
    this.end = end;
  }

  @KafkaHandler
  void on(CharterBooked event) {
    requireText(event.getCharterId(), "charterId");
    requireText(event.getEventId(), "eventId");
    requireText(event.getVessel(), "vessel");
    start.booked(EventMapping.booked(event));
  }

  @KafkaHandler
  void on(CharterCancelled event) {
    end.handle(
        new CharterEnd.Cancellation(
            requireText(event.getEventId(), "eventId"),
            event.getOccurredAt(),
            requireText(event.getCharterId(), "charterId"),
            event.getReason()));
  }

  @KafkaHandler
  void on(CharterCompleted event) {
    end.handle(
        new CharterEnd.Completion(
            requireText(event.getEventId(), "eventId"),
            event.getOccurredAt(),
            requireText(event.getCharterId(), "charterId")));
  }

  @KafkaHandler
  void on(CharterInvoiced event) {
    end.handle(
        new CharterEnd.Invoice(
            requireText(event.getEventId(), "eventId"),
            event.getOccurredAt(),
            requireText(event.getCharterId(), "charterId"),
            requireText(event.getInvoiceId(), "invoiceId"),
            event.getInvoicedAmount()));
  }
}
