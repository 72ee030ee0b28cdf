package io.crewdispatch.reporting.ledger.application;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where ledger entries live (table {@code charter-ledger}). */
public interface CharterLedger {

  Optional<LedgerEntry> find(String charterId);

  /**
   * Writes {@code entry} only if the stored entry is still at {@code expectedVersion} (0: none
   * stored yet).
   *
   * @return false when someone else wrote first; the caller reads again
   */
  boolean save(LedgerEntry entry, long expectedVersion);

  /** The most entries {@link #startAll} takes at once (DynamoDB's limit of a transaction). */
  int START_LIMIT = 100;

  /**
   * Writes each entry (at most {@link #START_LIMIT}, of distinct charters) as its charter's first
   * version, together: all of them when none is stored yet; none, and false, when one is (or
   * another writer is at one of them), for the caller to take each its usual way.
   */
  boolean startAll(List<LedgerEntry> entries);

  /**
   * The charters booked for a sail date in {@code month}, in sail order (date, departure, id), read
   * lazily page by page so that a big month never sits in memory.
   */
  Stream<LedgerEntry> bookedIn(YearMonth month);

  /** Whether at least one charter is booked for a sail date in {@code month}. */
  boolean knows(YearMonth month);
}
