package io.crewdispatch.dispatch.booking.application;

import io.crewdispatch.dispatch.booking.domain.BookingCommand;
import io.crewdispatch.dispatch.cascade.application.CharterStore;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The booking endpoint's use case: record the command (a conditional write keyed by charter and
 * entry), then publish it. A repeat publishes nothing new, unless the first attempt was recorded
 * but never published, in which case the same event (same id) is published now.
 */
@Service
public class BookingDesk {

  private static final Logger log = LoggerFactory.getLogger(BookingDesk.class);

  /**
   * @param repeat whether the request had been made before
   */
  public record Receipt(String charterId, String eventId, boolean repeat) {}

  private final BookingLedger ledger;
  private final CharterEventPublisher publisher;
  private final CharterStore charters;
  private final Clock clock;

  BookingDesk(
      BookingLedger ledger, CharterEventPublisher publisher, CharterStore charters, Clock clock) {
    this.ledger = ledger;
    this.publisher = publisher;
    this.charters = charters;
    this.clock = clock;
  }

  public Receipt submit(BookingCommand command) {
    String charterId = command.charterId();
    if (!(command instanceof BookingCommand.Book)
        && !ledger.knows(charterId)
        && charters.load(charterId).isEmpty()) {
      throw new UnknownCharterException(charterId);
    }
    String entry = entryFor(command);
    LedgerEntry fresh =
        new LedgerEntry(
            charterId,
            entry,
            UUID.randomUUID().toString(),
            clock.instant(),
            command.fingerprint(),
            false);
    LedgerEntry stored = ledger.record(fresh);
    boolean repeat = !stored.eventId().equals(fresh.eventId());
    if (repeat && !stored.fingerprint().equals(fresh.fingerprint())) {
      throw new ConflictingRequestException(
          "Charter " + charterId + " already has a different " + command.entry().split("#")[0]);
    }
    if (!stored.published()) {
      publisher.publish(command, stored.eventId(), stored.occurredAt());
      ledger.markPublished(charterId, entry);
      log.info(
          "event=booking_published charterId={} eventId={} entry={}",
          charterId,
          stored.eventId(),
          entry);
    }
    return new Receipt(charterId, stored.eventId(), repeat);
  }

  /**
   * A reschedule is a cancellation followed by a new booking under the same id (DESIGN.md), so
   * bookings and cancellations are recorded per round: {@code booking}, {@code cancel}, then {@code
   * booking@2}, {@code cancel@2}... A booking after the round's cancellation opens the next round;
   * a repeat within a round is still a repeat (or a conflict).
   */
  private String entryFor(BookingCommand command) {
    boolean book = command instanceof BookingCommand.Book;
    if (!book && !(command instanceof BookingCommand.Cancel)) {
      return command.entry();
    }
    List<String> entries = ledger.entries(command.charterId());
    long bookings = entries.stream().filter(e -> e.startsWith("booking")).count();
    long cancels = entries.stream().filter(e -> e.startsWith("cancel")).count();
    long round = book && bookings == cancels ? bookings + 1 : Math.max(bookings, 1);
    return round <= 1 ? command.entry() : command.entry() + "@" + round;
  }
}
