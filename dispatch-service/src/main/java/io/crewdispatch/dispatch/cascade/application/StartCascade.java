package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.Cascade;
import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.Crewing;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Flow 1: a booked charter freezes its captain list and calls the first captain. */
@Service
public class StartCascade {

  private static final Logger log = LoggerFactory.getLogger(StartCascade.class);

  private final CharterTransitions transitions;
  private final Cascade cascade;
  private final CrewingFactory crewings;
  private final Clock clock;

  StartCascade(
      CharterTransitions transitions, Cascade cascade, CrewingFactory crewings, Clock clock) {
    this.transitions = transitions;
    this.cascade = cascade;
    this.crewings = crewings;
    this.clock = clock;
  }

  /**
   * A booking whose sail date is out of range (the listener checks): a new charter is recorded as
   * stalled and the office told; a charter already known is left as it is.
   */
  public void bookedOutOfRange(BookedCharter booking) {
    transitions.applyOrCreate(
        booking.charterId(),
        booking.eventId(),
        existing -> {
          Crewing crewing = crewings.of(booking.charterId(), booking.details());
          return existing
              .map(
                  c ->
                      cascade.bookAgain(
                          c, booking.eventId(), booking.details(), crewing, clock.instant()))
              .orElseGet(
                  () ->
                      cascade.bookOutOfRange(
                          booking.charterId(),
                          booking.eventId(),
                          booking.details(),
                          crewing,
                          clock.instant()));
        });
    log.info(
        "event=charter_booked_out_of_range charterId={} eventId={}",
        booking.charterId(),
        booking.eventId());
  }

  public void booked(BookedCharter booking) {
    Charter charter =
        transitions.applyOrCreate(
            booking.charterId(),
            booking.eventId(),
            existing -> {
              Instant now = clock.instant();
              Crewing crewing = crewings.of(booking.charterId(), booking.details());
              return existing
                  .map(
                      c -> cascade.bookAgain(c, booking.eventId(), booking.details(), crewing, now))
                  .orElseGet(
                      () ->
                          cascade.book(
                              booking.charterId(),
                              booking.eventId(),
                              booking.details(),
                              List.of(),
                              crewing,
                              now));
            });
    log.info(
        "event=charter_booked charterId={} eventId={} status={}",
        booking.charterId(),
        booking.eventId(),
        charter.status());
  }
}
