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
          ledger.find(event.charterId()).orElseGet(() -> LedgerEntry.empty(event.charterId()));
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
}
