package io.crewdispatch.dispatch.booking.application;

/** What the booking endpoint recorded and published (port). */
public interface BookingLedger {

  /**
   * Records {@code entry} unless an entry with the same charter and key exists.
   *
   * @return the entry as stored: {@code entry} itself, or the one recorded before
   */
  LedgerEntry record(LedgerEntry entry);

  void markPublished(String charterId, String entry);

  /** Whether anything was recorded for the charter. */
  boolean knows(String charterId);

  /** The keys of every entry recorded for the charter (strongly consistent). */
  java.util.List<String> entries(String charterId);
}
