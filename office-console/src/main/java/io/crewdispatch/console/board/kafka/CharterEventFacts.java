package io.crewdispatch.console.board.kafka;

import static io.crewdispatch.console.board.domain.Fields.*;

import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.CharterCompleted;
import io.crewdispatch.events.CharterInvoiced;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** charter-events as the board's facts. */
final class CharterEventFacts {

  private CharterEventFacts() {}

  static Optional<Fact> of(Object event) {
    if (event instanceof CharterBooked e) {
      return Optional.of(booked(e));
    }
    if (event instanceof CharterCancelled e) {
      return Optional.of(
          Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.CANCELLED)
              .with(REASON, e.getReason())
              .fact());
    }
    if (event instanceof CharterCompleted e) {
      return Optional.of(
          Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.COMPLETED).fact());
    }
    if (event instanceof CharterInvoiced e) {
      return Optional.of(
          Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.INVOICED)
              .with(DETAIL, e.getInvoiceId())
              .fact());
    }
    return Optional.empty();
  }

  private static Fact booked(CharterBooked e) {
    try {
      ZoneId.of(e.getTimeZone()); // an unknown zone is poison, not a page that cannot render
    } catch (DateTimeException unknown) {
      throw new NonRetryableEventException("Invalid event: unknown time zone", unknown);
    }
    return Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.BOOKED)
        .with(VESSEL, e.getVessel())
        .with(SAIL_DATE, e.getSailDate())
        .with(DEPARTURE, e.getDepartureTime())
        .with(RETURN, e.getReturnTime())
        .with(ZONE, e.getTimeZone())
        .with(CREW_REQUIRED, e.getCrewRequired())
        .fact();
  }
}
