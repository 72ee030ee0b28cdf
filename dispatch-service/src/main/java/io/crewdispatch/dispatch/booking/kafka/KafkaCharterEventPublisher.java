package io.crewdispatch.dispatch.booking.kafka;

import io.crewdispatch.dispatch.booking.application.CharterEventPublisher;
import io.crewdispatch.dispatch.booking.domain.Booking;
import io.crewdispatch.dispatch.booking.domain.BookingCommand;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.CharterCompleted;
import io.crewdispatch.events.CharterInvoiced;
import io.crewdispatch.events.topic.Topic;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes the booking endpoint's commands on charter-events, keyed by charterId. */
@Component
class KafkaCharterEventPublisher implements CharterEventPublisher {

  /** The {@code source} of a booking made through this endpoint. */
  static final String SOURCE = "dispatch-api";

  private final KafkaTemplate<Object, Object> kafka;

  KafkaCharterEventPublisher(KafkaTemplate<Object, Object> kafka) {
    this.kafka = kafka;
  }

  @Override
  public void publish(BookingCommand command, String eventId, Instant occurredAt) {
    SpecificRecord event = toAvro(command, eventId, occurredAt);
    try {
      kafka
          .send(Topic.CHARTER_EVENTS.topicName(), command.charterId(), event)
          .get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while publishing " + command.entry(), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Could not publish " + command.entry(), e);
    }
  }

  private static SpecificRecord toAvro(BookingCommand command, String eventId, Instant at) {
    if (command instanceof BookingCommand.Book book) {
      Booking b = book.booking();
      return new CharterBooked(
          eventId,
          at,
          b.charterId(),
          b.vessel(),
          b.sailDate(),
          b.departureTime(),
          b.returnTime(),
          b.timeZone().getId(),
          b.guestCount(),
          b.crewRequired(),
          b.totalRevenue().setScale(2, RoundingMode.UNNECESSARY),
          b.customerName(),
          b.notes(),
          SOURCE);
    }
    if (command instanceof BookingCommand.Cancel cancel) {
      return new CharterCancelled(eventId, at, cancel.charterId(), cancel.reason());
    }
    if (command instanceof BookingCommand.Invoice invoice) {
      return new CharterInvoiced(
          eventId,
          at,
          invoice.charterId(),
          invoice.invoiceId(),
          invoice.invoicedAmount().setScale(2, RoundingMode.UNNECESSARY));
    }
    return new CharterCompleted(eventId, at, command.charterId());
  }
}
