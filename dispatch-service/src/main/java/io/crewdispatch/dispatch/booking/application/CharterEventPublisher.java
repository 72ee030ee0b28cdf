package io.crewdispatch.dispatch.booking.application;

import io.crewdispatch.dispatch.booking.domain.BookingCommand;
import java.time.Instant;

/** Publishes what the booking endpoint was told on charter-events, as a booking system would. */
public interface CharterEventPublisher {

  /** Returns once the broker acknowledged the event; throws if it could not be sent. */
  void publish(BookingCommand command, String eventId, Instant occurredAt);
}
