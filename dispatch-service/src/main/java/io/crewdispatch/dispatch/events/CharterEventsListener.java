package io.crewdispatch.dispatch.events;

import static io.crewdispatch.platform.kafka.EventChecks.requirePlainLines;
import static io.crewdispatch.platform.kafka.EventChecks.requirePlainText;
import static io.crewdispatch.platform.kafka.EventChecks.requireText;
import static io.crewdispatch.platform.kafka.EventChecks.requireUuid;

import io.crewdispatch.dispatch.booking.domain.SailDateWindow;
import io.crewdispatch.dispatch.cascade.application.BookedCharter;
import io.crewdispatch.dispatch.cascade.application.CharterEnd;
import io.crewdispatch.dispatch.cascade.application.EndCharters;
import io.crewdispatch.dispatch.cascade.application.StartCascade;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.CharterCompleted;
import io.crewdispatch.events.CharterInvoiced;
import java.time.Clock;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes charter-events: one handler per event type; idempotent on eventId. Bookings are checked
 * here like at the API (UUID event ids, plain text of sane length; a bad one goes to the DLT), and
 * a sail date out of range is recorded and reported to the office instead of called.
 */
@Component
@KafkaListener(topics = "charter-events", id = "dispatch-charter-events")
class CharterEventsListener {

  private final StartCascade start;
  private final EndCharters end;
  private final SailDateWindow window;

  CharterEventsListener(StartCascade start, EndCharters end, Clock clock) {
    this.start = start;
    this.end = end;
    this.window = new SailDateWindow(clock);
  }

  @KafkaHandler
  void on(CharterBooked event) {
    requireText(event.getCharterId(), "charterId");
    requireUuid(event.getEventId(), "eventId");
    requireText(event.getVessel(), "vessel");
    requirePlainText(event.getVessel(), "vessel", 100);
    requirePlainText(event.getCustomerName(), "customerName", 200);
    requirePlainLines(event.getNotes(), "notes", 2000);
    requirePlainText(event.getSource(), "source", 100);
    BookedCharter booked = EventMapping.booked(event);
    if (window.admits(booked.details().sailDate(), booked.details().timeZone())) {
      start.booked(booked);
    } else {
      start.bookedOutOfRange(booked);
    }
  }

  @KafkaHandler
  void on(CharterCancelled event) {
    end.handle(
        new CharterEnd.Cancellation(
            requireUuid(event.getEventId(), "eventId"),
            event.getOccurredAt(),
            requireText(event.getCharterId(), "charterId"),
            requirePlainLines(event.getReason(), "reason", 500)));
  }

  @KafkaHandler
  void on(CharterCompleted event) {
    end.handle(
        new CharterEnd.Completion(
            requireUuid(event.getEventId(), "eventId"),
            event.getOccurredAt(),
            requireText(event.getCharterId(), "charterId")));
  }

  @KafkaHandler
  void on(CharterInvoiced event) {
    end.handle(
        new CharterEnd.Invoice(
            requireUuid(event.getEventId(), "eventId"),
            event.getOccurredAt(),
            requireText(event.getCharterId(), "charterId"),
            requirePlainText(requireText(event.getInvoiceId(), "invoiceId"), "invoiceId", 64),
            event.getInvoicedAmount()));
  }
}
