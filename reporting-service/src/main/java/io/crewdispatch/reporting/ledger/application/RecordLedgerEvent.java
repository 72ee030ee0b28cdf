package io.crewdispatch.reporting.ledger.application;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.LedgerEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Applies one charter or dispatch event to the charter's ledger entry, once. Two listeners (charter
 * and dispatch events) may update the same charter at the same moment, so each write is conditional
 * on the version read, and a lost race reads again.
 *
 * <p>A charter's entry is nearly always started by its CharterBooked, so a booking skips the first
 * read: it is written straight away as a new entry, on the condition that none is stored yet. When
 * one is (staffing came first, a reschedule, a redelivery), that write is refused and the event
 * takes the usual read-modify-write path, which also tells a redelivery from a new event.
 */
@Service
public class RecordLedgerEvent {

  private static final Logger log = LoggerFactory.getLogger(RecordLedgerEvent.class);
  static final int MAX_ATTEMPTS = 10;

  private final CharterLedger ledger;

  public RecordLedgerEvent(CharterLedger ledger) {
    this.ledger = ledger;
  }

  /**
   * @return true when the event changed the entry, false when it had been applied already
   */
  public boolean record(LedgerEvent event) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      LedgerEntry current =
          attempt == 1 && usuallyStartsTheEntry(event)
              ? LedgerEntry.empty(event.charterId())
              : ledger
                  .find(event.charterId())
                  .orElseGet(() -> LedgerEntry.empty(event.charterId()));
      if (current.hasApplied(event.eventId())) {
        log.info(
            "event=ledger_duplicate_ignored charterId={} eventId={} type={}",
            event.charterId(),
            event.eventId(),
            event.type());
        return false;
      }
      LedgerEntry next = current.apply(event);
      if (ledger.save(next, current.version())) {
        log.info(
            "event=ledger_updated charterId={} eventId={} type={} status={} version={}",
            event.charterId(),
            event.eventId(),
            event.type(),
            next.status(),
            next.version());
        return true;
      }
    }
    // Left to the listener's retry with back-off: the next delivery reads again.
    throw new IllegalStateException(
        "Ledger entry kept changing under event " + event.eventId() + " of " + event.charterId());
  }

  /**
   * Whether the event is the one a charter's entry usually starts with, so that assuming no entry
   * saves a read more often than it costs a refused write.
   */
  private static boolean usuallyStartsTheEntry(LedgerEvent event) {
    return event instanceof LedgerEvent.Booked;
  }
}
