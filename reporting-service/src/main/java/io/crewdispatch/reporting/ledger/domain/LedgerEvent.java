package io.crewdispatch.reporting.ledger.domain;

import java.util.List;
import java.util.Objects;

/** A fact about a charter that changes its ledger entry; each carries its event's id. */
public sealed interface LedgerEvent {

  String eventId();

  String charterId();

  /** A short name for logs. */
  default String type() {
    return getClass().getSimpleName();
  }

  record Booked(String eventId, String charterId, Booking booking) implements LedgerEvent {
    public Booked {
      Objects.requireNonNull(booking, "booking");
    }
  }

  record Cancelled(String eventId, String charterId) implements LedgerEvent {}

  record Completed(String eventId, String charterId) implements LedgerEvent {}

  record Invoiced(String eventId, String charterId, Invoice invoice) implements LedgerEvent {
    public Invoiced {
      Objects.requireNonNull(invoice, "invoice");
    }
  }

  record CaptainConfirmed(String eventId, String charterId, Person captain) implements LedgerEvent {
    public CaptainConfirmed {
      Objects.requireNonNull(captain, "captain");
    }
  }

  record Staffed(String eventId, String charterId, Person captain, List<Person> crew)
      implements LedgerEvent {
    public Staffed {
      Objects.requireNonNull(captain, "captain");
      crew = List.copyOf(crew);
    }
  }

  /** A crew member holds a seat (CrewConfirmed: accepted a call, or assigned by the office). */
  record CrewConfirmed(String eventId, String charterId, Person crew) implements LedgerEvent {
    public CrewConfirmed {
      Objects.requireNonNull(crew, "crew");
    }
  }

  /**
   * A confirmed person no longer holds their seat (SeatReleased, or CallWithdrawn UNAVAILABLE): the
   * seat is open until dispatch fills it.
   */
  record SeatReleased(String eventId, String charterId, String crewId) implements LedgerEvent {
    public SeatReleased {
      Objects.requireNonNull(crewId, "crewId");
    }
  }
}
