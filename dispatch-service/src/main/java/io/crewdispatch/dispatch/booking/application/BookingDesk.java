package io.crewdispatch.dispatch.booking.application;

import io.crewdispatch.dispatch.booking.domain.BookingCommand;
import io.crewdispatch.dispatch.cascade.application.CharterStore;
import java.time.Clock;
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
    LedgerEntry fresh =
        new LedgerEntry(
            charterId,
            command.entry(),
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
      ledger.markPublished(charterId, command.entry());
      log.info(
          "event=booking_published charterId={} eventId={} entry={}",
          charterId,
          stored.eventId(),
          command.entry());
    }
    return new Receipt(charterId, stored.eventId(), repeat);
  }
}
