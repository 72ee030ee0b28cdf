package io.crewdispatch.reporting.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.reporting.ledger.domain.Charters;
import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.LedgerEvent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each event applied once, with as few round trips to the ledger as the usual order allows. */
class RecordLedgerEventTest {

  static final String CHARTER = "CH-1";

  CountingLedger ledger = new CountingLedger();
  RecordLedgerEvent recordLedgerEvent = new RecordLedgerEvent(ledger);

  @Test
  void aFirstBookingIsWrittenWithoutReadingFirst() {
    LedgerEvent.Booked booked = booked();

    assertThat(recordLedgerEvent.record(booked)).isTrue();

    assertThat(ledger.finds).isZero();
    assertThat(ledger.saves).isEqualTo(1);
    assertThat(ledger.stored(CHARTER).version()).isEqualTo(1);
    assertThat(ledger.stored(CHARTER).booking()).isEqualTo(booked.booking());
  }

  @Test
  void aRedeliveredBookingIsRefusedThenReadAndIgnored() {
    LedgerEvent.Booked booked = booked();
    recordLedgerEvent.record(booked);
    LedgerEntry first = ledger.stored(CHARTER);

    assertThat(recordLedgerEvent.record(booked)).isFalse();

    assertThat(ledger.stored(CHARTER)).isEqualTo(first);
    assertThat(ledger.finds).isEqualTo(1);
    assertThat(ledger.saves).as("the refused create, nothing after it").isEqualTo(2);
  }

  @Test
  void aBookingAfterStaffingFallsBackToReadModifyWriteAndKeepsBoth() {
    recordLedgerEvent.record(staffed());
    assertThat(ledger.finds).as("other events read first, as before").isEqualTo(1);

    assertThat(recordLedgerEvent.record(booked())).isTrue();

    LedgerEntry entry = ledger.stored(CHARTER);
    assertThat(entry.version()).isEqualTo(2);
    assertThat(entry.booked()).isTrue();
    assertThat(entry.captain().crewId()).isEqualTo("alex-marlow");
    assertThat(ledger.finds).isEqualTo(2);
    assertThat(ledger.saves).as("staffing, the refused create, the booking").isEqualTo(3);
  }

  @Test
  void anEntryThatKeepsChangingStillGivesUpAfterTheSameNumberOfWrites() {
    ledger.refuseEverySave = true;

    assertThatThrownBy(() -> recordLedgerEvent.record(booked()))
        .isInstanceOf(IllegalStateException.class);

    assertThat(ledger.saves).isEqualTo(RecordLedgerEvent.MAX_ATTEMPTS);
  }

  private static LedgerEvent.Booked booked() {
    return new LedgerEvent.Booked(
        Charters.eventId(), CHARTER, Charters.booking(LocalDate.of(2026, 3, 12), "4250.00"));
  }

  private static LedgerEvent.Staffed staffed() {
    return new LedgerEvent.Staffed(
        Charters.eventId(),
        CHARTER,
        Charters.captain("alex-marlow"),
        List.of(Charters.crew("jordan-reef")));
  }

  /** The store's rules (a write only over the version read) in memory, counting round trips. */
  static final class CountingLedger implements CharterLedger {

    final Map<String, LedgerEntry> entries = new HashMap<>();
    int finds;
    int saves;
    boolean refuseEverySave;

    @Override
    public Optional<LedgerEntry> find(String charterId) {
      finds++;
      return Optional.ofNullable(entries.get(charterId));
    }

    @Override
    public boolean save(LedgerEntry entry, long expectedVersion) {
      saves++;
      LedgerEntry stored = entries.get(entry.charterId());
      long storedVersion = stored == null ? 0 : stored.version();
      if (refuseEverySave || storedVersion != expectedVersion) {
        return false;
      }
      entries.put(entry.charterId(), entry);
      return true;
    }

    @Override
    public Stream<LedgerEntry> bookedIn(YearMonth month) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean knows(YearMonth month) {
      throw new UnsupportedOperationException();
    }

    LedgerEntry stored(String charterId) {
      return entries.get(charterId);
    }
  }
}
