package io.crewdispatch.reporting.ledger.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One charter as the statements see it, built from charter and dispatch events in whatever order
 * they arrive. Events of the two topics interleave freely, so each part is set only by the events
 * that own it: the booking by CharterBooked, the staffing by dispatch, the settlement by
 * cancellation, completion and invoice. Staffing may land before the booking; the charter is listed
 * only once booked.
 *
 * @param version bumped by every applied event; the store writes only over the version it read
 * @param appliedEventIds every event already applied, so a redelivery changes nothing
 * @param booking null until CharterBooked arrives
 */
public record LedgerEntry(
    String charterId,
    long version,
    Set<String> appliedEventIds,
    Booking booking,
    Staffing staffing,
    Settlement settlement) {

  private static final BigDecimal NOTHING = BigDecimal.ZERO.setScale(2);

  public LedgerEntry {
    Objects.requireNonNull(charterId, "charterId");
    Objects.requireNonNull(staffing, "staffing");
    Objects.requireNonNull(settlement, "settlement");
    appliedEventIds = Set.copyOf(appliedEventIds);
  }

  /** A charter no event has touched yet. */
  public static LedgerEntry empty(String charterId) {
    return new LedgerEntry(charterId, 0, Set.of(), null, Staffing.NONE, Settlement.OPEN);
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
    Booking b = booking;
    Staffing s = staffing;
    Settlement t = settlement;
    if (event instanceof LedgerEvent.Booked booked) {
      b = booked.booking();
      t = t.reopen();
    } else if (event instanceof LedgerEvent.Cancelled) {
      t = t.cancel();
    } else if (event instanceof LedgerEvent.Completed) {
      t = t.complete();
    } else if (event instanceof LedgerEvent.Invoiced invoiced) {
      t = t.invoice(invoiced.invoice());
    } else if (event instanceof LedgerEvent.CaptainConfirmed confirmed) {
      s = s.confirm(confirmed.captain());
    } else if (event instanceof LedgerEvent.Staffed staffed) {
      s = s.staff(staffed.captain(), staffed.crew());
    } else if (event instanceof LedgerEvent.CrewConfirmed confirmed) {
      s = s.confirmCrew(confirmed.crew());
    } else if (event instanceof LedgerEvent.SeatReleased released) {
      s = s.release(released.crewId());
    }
    Set<String> applied = new LinkedHashSet<>(appliedEventIds);
    applied.add(event.eventId());
    return new LedgerEntry(charterId, version + 1, applied, b, s, t);
  }

  public boolean booked() {
    return booking != null;
  }

  /** The month whose statement lists this charter; empty until it is booked. */
  public Optional<YearMonth> month() {
    return Optional.ofNullable(booking).map(Booking::month);
  }

  public Person captain() {
    return staffing.captain();
  }

  public List<Person> crew() {
    return staffing.crew();
  }

  public boolean cancelled() {
    return settlement.cancelled();
  }

  public boolean completed() {
    return settlement.completed();
  }

  public Invoice invoice() {
    return settlement.invoice();
  }

  public boolean invoiced() {
    return settlement.invoice() != null;
  }

  public CharterStatus status() {
    if (cancelled()) {
      return CharterStatus.CANCELLED;
    }
    if (completed()) {
      return CharterStatus.COMPLETED;
    }
    if (captain() == null) {
      return CharterStatus.BOOKED;
    }
    return staffing.staffed() ? CharterStatus.STAFFED : CharterStatus.CAPTAIN_CONFIRMED;
  }

  /** Booked revenue that counts in totals: a cancelled charter is listed but counts for nothing. */
  public BigDecimal countedRevenue() {
    return cancelled() || booking == null ? NOTHING : booking.totalRevenue();
  }

  /** Invoiced amount that counts in totals (nothing when cancelled or not invoiced). */
  public BigDecimal countedInvoiced() {
    return cancelled() || !invoiced() ? NOTHING : invoice().amount();
  }

  /**
   * Revenue that counts for bonuses: the invoiced amount of a charter that is both completed and
   * invoiced, and not cancelled; nothing otherwise.
   */
  public BigDecimal reportableRevenue() {
    return completed() && !cancelled() && invoiced() ? invoice().amount() : NOTHING;
  }
}
