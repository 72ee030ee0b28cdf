package io.crewdispatch.reporting.ledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Ledger entries about invented charters and people, built by applying events. */
public final class Charters {

  private Charters() {}

  public static Person captain(String crewId) {
    return new Person(crewId, "Captain " + crewId, crewId + "@example.com");
  }

  public static Person crew(String crewId) {
    return new Person(crewId, "Crew " + crewId, crewId + "@example.com");
  }

  public static Booking booking(LocalDate sailDate, String revenue) {
    return new Booking(
        "Sea Breeze",
        sailDate,
        LocalTime.of(9, 30),
        LocalTime.of(13, 30),
        "America/Los_Angeles",
        8,
        2,
        new BigDecimal(revenue));
  }

  public static String eventId() {
    return UUID.randomUUID().toString();
  }

  public static LedgerEntry booked(String charterId, LocalDate sailDate, String revenue) {
    return LedgerEntry.empty(charterId)
        .apply(new LedgerEvent.Booked(eventId(), charterId, booking(sailDate, revenue)));
  }

  public static LedgerEntry staffed(LedgerEntry entry, String captainId, String... crewIds) {
    return entry.apply(
        new LedgerEvent.Staffed(
            eventId(),
            entry.charterId(),
            captain(captainId),
            List.of(crewIds).stream().map(Charters::crew).toList()));
  }

  public static LedgerEntry completed(LedgerEntry entry) {
    return entry.apply(new LedgerEvent.Completed(eventId(), entry.charterId()));
  }

  public static LedgerEntry invoiced(LedgerEntry entry, String amount) {
    return entry.apply(
        new LedgerEvent.Invoiced(
            eventId(),
            entry.charterId(),
            new Invoice("INV-" + entry.charterId(), new BigDecimal(amount))));
  }

  public static LedgerEntry cancelled(LedgerEntry entry) {
    return entry.apply(new LedgerEvent.Cancelled(eventId(), entry.charterId()));
  }
}
