package io.crewdispatch.reporting.ledger.domain;

import static io.crewdispatch.reporting.ledger.domain.Charters.booked;
import static io.crewdispatch.reporting.ledger.domain.Charters.captain;
import static io.crewdispatch.reporting.ledger.domain.Charters.eventId;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {

  static final LocalDate SAIL = LocalDate.of(2026, 6, 14);
  static final String ID = "CH-1";

  final LedgerEvent booked = new LedgerEvent.Booked(eventId(), ID, Charters.booking(SAIL, "4250"));
  final LedgerEvent completed = new LedgerEvent.Completed(eventId(), ID);
  final LedgerEvent invoiced =
      new LedgerEvent.Invoiced(eventId(), ID, new Invoice("INV-1", new BigDecimal("4100.5")));
  final LedgerEvent staffed =
      new LedgerEvent.Staffed(
          eventId(), ID, captain("alex"), List.of(Charters.crew("jo"), Charters.crew("sam")));

  static LedgerEntry applyAll(LedgerEvent... events) {
    LedgerEntry entry = LedgerEntry.empty(ID);
    for (LedgerEvent event : events) {
      entry = entry.apply(event);
    }
    return entry;
  }

  @Test
  void completionAndInvoiceInEitherOrderAndAroundStaffingGiveTheSameEntry() {
    LedgerEntry one = applyAll(booked, staffed, completed, invoiced);
    LedgerEntry two = applyAll(invoiced, completed, staffed, booked);
    LedgerEntry three = applyAll(completed, booked, invoiced, staffed);

    for (LedgerEntry entry : List.of(one, two, three)) {
      assertThat(entry.status()).isEqualTo(CharterStatus.COMPLETED);
      assertThat(entry.invoice().amount()).isEqualByComparingTo("4100.50");
      assertThat(entry.captain().crewId()).isEqualTo("alex");
      assertThat(entry.crew()).extracting(Person::crewId).containsExactly("jo", "sam");
      assertThat(entry.reportableRevenue()).isEqualByComparingTo("4100.50");
      assertThat(entry.month()).contains(YearMonth.of(2026, 6));
      assertThat(entry.version()).isEqualTo(4);
    }
  }

  @Test
  void aRedeliveredEventChangesNothing() {
    LedgerEntry once = applyAll(booked, invoiced);

    assertThat(once.apply(invoiced)).isSameAs(once);
    assertThat(once.apply(booked).version()).isEqualTo(2);
  }

  @Test
  void aCancelledCharterIsListedButCountsForNothing() {
    LedgerEntry entry = applyAll(booked, staffed, completed, invoiced).apply(cancel());

    assertThat(entry.status()).isEqualTo(CharterStatus.CANCELLED);
    assertThat(entry.booked()).isTrue();
    assertThat(entry.countedRevenue()).isZero();
    assertThat(entry.countedInvoiced()).isZero();
    assertThat(entry.reportableRevenue()).isZero();
  }

  @Test
  void aCharterInvoicedButNotCompletedCountsZero() {
    LedgerEntry entry = applyAll(booked, staffed, invoiced);

    assertThat(entry.status()).isEqualTo(CharterStatus.STAFFED);
    assertThat(entry.countedRevenue()).isEqualByComparingTo("4250.00");
    assertThat(entry.reportableRevenue()).isZero();
  }

  @Test
  void aCompletedCharterNotYetInvoicedCountsZero() {
    assertThat(applyAll(booked, completed).reportableRevenue()).isZero();
  }

  @Test
  void anUnavailableCaptainIsClearedUntilTheNextCaptainIsConfirmed() {
    LedgerEntry staffedEntry = applyAll(booked, staffed);

    LedgerEntry released = staffedEntry.apply(new LedgerEvent.SeatReleased(eventId(), ID, "alex"));
    assertThat(released.captain()).isNull();
    assertThat(released.status()).isEqualTo(CharterStatus.BOOKED);

    LedgerEntry next =
        released.apply(new LedgerEvent.CaptainConfirmed(eventId(), ID, captain("casey")));
    assertThat(next.captain().crewId()).isEqualTo("casey");
    assertThat(next.status()).isEqualTo(CharterStatus.CAPTAIN_CONFIRMED);
  }

  @Test
  void anUnavailableCrewMemberLeavesTheCrewAndTheCharterIsNoLongerStaffed() {
    LedgerEntry released =
        applyAll(booked, staffed).apply(new LedgerEvent.SeatReleased(eventId(), ID, "jo"));

    assertThat(released.crew()).extracting(Person::crewId).containsExactly("sam");
    assertThat(released.captain().crewId()).isEqualTo("alex");
    assertThat(released.status()).isEqualTo(CharterStatus.CAPTAIN_CONFIRMED);
  }

  @Test
  void aBookingAfterACancellationOfTheSameIdReopensTheCharter() {
    LedgerEntry rebooked =
        applyAll(booked, cancel())
            .apply(
                new LedgerEvent.Booked(eventId(), ID, Charters.booking(SAIL.plusDays(7), "5000")));

    assertThat(rebooked.status()).isEqualTo(CharterStatus.BOOKED);
    assertThat(rebooked.booking().sailDate()).isEqualTo(SAIL.plusDays(7));
    assertThat(rebooked.countedRevenue()).isEqualByComparingTo("5000.00");
  }

  @Test
  void staffingBeforeTheBookingIsKeptButTheCharterHasNoMonthUntilBooked() {
    LedgerEntry early = applyAll(staffed);

    assertThat(early.booked()).isFalse();
    assertThat(early.month()).isEmpty();
    assertThat(early.apply(booked).month()).contains(YearMonth.of(2026, 6));
  }

  @Test
  void aConfirmedCrewMemberTakesOneSeatAndAReleasedOneLeavesIt() {
    LedgerEvent confirmRiley = new LedgerEvent.CrewConfirmed(eventId(), ID, Charters.crew("riley"));
    LedgerEntry entry =
        applyAll(booked, staffed)
            .apply(confirmRiley)
            .apply(new LedgerEvent.CrewConfirmed(eventId(), ID, Charters.crew("riley")));

    assertThat(entry.crew()).extracting(Person::crewId).containsOnlyOnce("riley");
    assertThat(entry.crew()).extracting(Person::crewId).containsExactly("jo", "sam", "riley");

    LedgerEntry released = entry.apply(new LedgerEvent.SeatReleased(eventId(), ID, "riley"));
    assertThat(released.crew()).extracting(Person::crewId).doesNotContain("riley");
    assertThat(released.status()).isEqualTo(CharterStatus.CAPTAIN_CONFIRMED);
  }

  @Test
  void moneyIsKeptAtScaleTwo() {
    assertThat(booked("CH-9", SAIL, "12.5").booking().totalRevenue()).hasToString("12.50");
  }

  private LedgerEvent cancel() {
    return new LedgerEvent.Cancelled(eventId(), ID);
  }
}
