package io.crewdispatch.reporting.ledger.application;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.LedgerEvent;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
   * Applies a fetch's events, each once. The bookings of charters with no other event among them
   * (nearly every booking) start their entries together, in one conditional write for up to {@link
   * CharterLedger#START_LIMIT}; when that is refused (one of them is stored already: a redelivery,
   * a reschedule, staffing that came first), each takes the usual path, as do all other events, in
   * the order given.
   */
  public void recordAll(List<LedgerEvent> events) {
    Map<String, Long> perCharter =
        events.stream()
            .collect(Collectors.groupingBy(LedgerEvent::charterId, Collectors.counting()));
    List<LedgerEvent> starting =
        events.stream()
            .filter(e -> usuallyStartsTheEntry(e) && perCharter.get(e.charterId()) == 1)
            .toList();
    Set<LedgerEvent> started = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int from = 0;
        starting.size() > 1 && from < starting.size();
        from += CharterLedger.START_LIMIT) {
      List<LedgerEvent> chunk =
          starting.subList(from, Math.min(starting.size(), from + CharterLedger.START_LIMIT));
      List<LedgerEntry> entries =
          chunk.stream().map(e -> LedgerEntry.empty(e.charterId()).apply(e)).toList();
      if (ledger.startAll(entries)) {
        started.addAll(chunk);
        for (int i = 0; i < chunk.size(); i++) {
          logUpdated(chunk.get(i), entries.get(i));
        }
      }
    }
    events.stream().filter(e -> !started.contains(e)).forEach(this::record);
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
        logUpdated(event, next);
        return true;
      }
    }
    // Left to the listener's retry with back-off: the next delivery reads again.
    throw new IllegalStateException(
        "Ledger entry kept changing under event " + event.eventId() + " of " + event.charterId());
  }

  private static void logUpdated(LedgerEvent event, LedgerEntry entry) {
    log.info(
        "event=ledger_updated charterId={} eventId={} type={} status={} version={}",
        event.charterId(),
        event.eventId(),
        event.type(),
        entry.status(),
        entry.version());
  }

  /**
   * Whether the event is the one a charter's entry usually starts with, so that assuming no entry
   * saves a read more often than it costs a refused write.
   */
  private static boolean usuallyStartsTheEntry(LedgerEvent event) {
    return event instanceof LedgerEvent.Booked;
  }
}
