package io.crewdispatch.reporting.ledger.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One charter as the statements see it, built from charter and dispatch events in whatever order
 * they arrive. Events of the two topics interleave freely, so every field is set by the events that
 * own it and no event undoes another's: completion and invoice are independent flags, and staffing
 * may land before the booking (the charter is listed only once booked).
 *
 * @param version bumped by every applied event; the store writes only over the version it read
 * @param appliedEventIds every event already applied, so a redelivery changes nothing
 * @param booking null until CharterBooked arrives
 * @param captain null until a captain is confirmed, and again after they become unavailable
 */
public record LedgerEntry(
    String charterId,
    long version,
    Set<String> appliedEventIds,
    Booking booking,
    Person captain,
    List<Person> crew,
    boolean staffed,
    boolean cancelled,
    boolean completed,
    Invoice invoice) {

  public LedgerEntry {
    Objects.requireNonNull(charterId, "charterId");
    appliedEventIds = Set.copyOf(appliedEventIds);
    crew = List.copyOf(crew);
  }

  /** A charter no event has touched yet. */
  public static LedgerEntry empty(String charterId) {
    return new LedgerEntry(
        charterId, 0, Set.of(), null, null, List.of(), false, false, false, null);
  }

  public boolean hasApplied(String eventId) {
    return appliedEventIds.contains(eventId);
  }

  /** The entry after {@code event}; the same entry when the event was already applied. */
  public LedgerEntry apply(LedgerEvent event) {
    if (!event.charterId().equals(charterId)) {
      throw new IllegalArgumentException("Event is for another charter");
    }
    if (hasApplied(event.eventId())) {
      return this;
    }
    return switchOn(event).recorded(event.eventId());
  }

  private LedgerEntry switchOn(LedgerEvent event) {
    if (event instanceof LedgerEvent.Booked booked) {
      // A CharterBooked after a CharterCancelled of the same id is a reschedule: it is live again.
      return with(booked.booking(), captain, crew, staffed, false, completed, invoice);
    }
    if (event instanceof LedgerEvent.Cancelled) {
      return with(booking, captain, crew, staffed, true, completed, invoice);
    }
    if (event instanceof LedgerEvent.Completed) {
      return with(booking, captain, crew, staffed, cancelled, true, invoice);
    }
    if (event instanceof LedgerEvent.Invoiced invoiced) {
      return with(booking, captain, crew, staffed, cancelled, completed, invoiced.invoice());
    }
    if (event instanceof LedgerEvent.CaptainConfirmed confirmed) {
      boolean sameCaptain =
          captain != null && captain.crewId().equals(confirmed.captain().crewId());
      return with(
          booking,
          confirmed.captain(),
          crew,
          staffed && sameCaptain,
          cancelled,
          completed,
          invoice);
    }
    if (event instanceof LedgerEvent.Staffed staffedEvent) {
      return with(
          booking,
          staffedEvent.captain(),
          staffedEvent.crew(),
          true,
          cancelled,
          completed,
          invoice);
    }
    if (event instanceof LedgerEvent.SeatReleased released) {
      return release(released.crewId());
    }
    throw new IllegalArgumentException("Unknown ledger event " + event.type());
  }

  private LedgerEntry release(String crewId) {
    if (captain != null && captain.crewId().equals(crewId)) {
      return with(booking, null, crew, false, cancelled, completed, invoice);
    }
    List<Person> remaining = new ArrayList<>(crew);
    if (remaining.removeIf(p -> p.crewId().equals(crewId))) {
      return with(booking, captain, remaining, false, cancelled, completed, invoice);
    }
    return this;
  }

  private LedgerEntry with(
      Booking booking,
      Person captain,
      List<Person> crew,
      boolean staffed,
      boolean cancelled,
      boolean completed,
      Invoice invoice) {
    return new LedgerEntry(
        charterId,
        version,
        appliedEventIds,
        booking,
        captain,
        crew,
        staffed,
        cancelled,
        completed,
        invoice);
  }

  private LedgerEntry recorded(String eventId) {
    Set<String> applied = new LinkedHashSet<>(appliedEventIds);
    applied.add(eventId);
    return new LedgerEntry(
        charterId,
        version + 1,
        applied,
        booking,
        captain,
        crew,
        staffed,
        cancelled,
        completed,
        invoice);
  }

  public boolean booked() {
    return booking != null;
  }

  public boolean invoiced() {
    return invoice != null;
  }

  /** The month whose statement lists this charter; empty until it is booked. */
  public Optional<YearMonth> month() {
    return Optional.ofNullable(booking).map(Booking::month);
  }

  public CharterStatus status() {
    if (cancelled) {
      return CharterStatus.CANCELLED;
    }
    if (completed) {
      return CharterStatus.COMPLETED;
    }
    if (staffed && captain != null) {
      return CharterStatus.STAFFED;
    }
    return captain != null ? CharterStatus.CAPTAIN_CONFIRMED : CharterStatus.BOOKED;
  }

  /** Booked revenue that counts in totals: a cancelled charter is listed but counts for nothing. */
  public BigDecimal countedRevenue() {
    return cancelled || booking == null ? BigDecimal.ZERO.setScale(2) : booking.totalRevenue();
  }

  /** Invoiced amount that counts in totals (zero when cancelled or not invoiced). */
  public BigDecimal countedInvoiced() {
    return cancelled || invoice == null ? BigDecimal.ZERO.setScale(2) : invoice.amount();
  }

  /**
   * Revenue that counts for bonuses: the invoiced amount of a charter that is both completed and
   * invoiced, and not cancelled; zero otherwise.
   */
  public BigDecimal reportableRevenue() {
    return completed && !cancelled && invoice != null
        ? invoice.amount()
        : BigDecimal.ZERO.setScale(2);
  }
}
