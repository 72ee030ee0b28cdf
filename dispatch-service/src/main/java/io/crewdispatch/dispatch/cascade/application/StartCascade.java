package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.Cascade;
import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.CharterDetails;
import io.crewdispatch.dispatch.cascade.domain.Crewing;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /**
   * Bookings of charters that nothing else in their fetch concerns, under a backlog: each decided
   * as {@link #booked} decides a new charter, the captains' holds read once for all of them and the
   * charters saved together ({@link CharterTransitions#createTogether}).
   *
   * @return the event ids of the bookings done; the caller books the rest one by one
   */
  public Set<String> bookedTogether(List<BookedCharter> bookings) {
    Map<String, CharterDetails> details = new LinkedHashMap<>();
    bookings.forEach(b -> details.put(b.charterId(), b.details()));
    Map<String, Crewing> crewing = crewings.forBookings(details);
    Instant now = clock.instant();
    List<CharterTransitions.Creation> creations =
        bookings.stream()
            .map(
                b ->
                    new CharterTransitions.Creation(
                        b.charterId(),
                        b.eventId(),
                        () ->
                            cascade.book(
                                b.charterId(),
                                b.eventId(),
                                b.details(),
                                List.of(),
                                crewing.get(b.charterId()),
                                now)))
            .toList();
    Map<String, Charter> created = transitions.createTogether(creations);
    Set<String> done = new HashSet<>();
    for (BookedCharter booking : bookings) {
      Charter charter = created.get(booking.charterId());
      if (charter != null) {
        done.add(booking.eventId());
        log.info(
            "event=charter_booked charterId={} eventId={} status={} together={}",
            booking.charterId(),
            booking.eventId(),
            charter.status(),
            created.size());
      }
    }
    return done;
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
