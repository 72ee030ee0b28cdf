package io.crewdispatch.reporting.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.reporting.ledger.domain.Charters;
import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.LedgerEvent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
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

  @Test
  void aFetchsBookingsOfNewChartersStartTogetherInOneWrite() {
    recordLedgerEvent.recordAll(List.of(booked("CH-a"), booked("CH-b"), booked("CH-c")));

    assertThat(ledger.starts).containsExactly(3);
    assertThat(ledger.finds).isZero();
    assertThat(ledger.saves).isZero();
    assertThat(ledger.stored("CH-b").version()).isEqualTo(1);
    assertThat(ledger.stored("CH-b").booked()).isTrue();
  }

  @Test
  void aBookingWithAnotherEventOfItsCharterInTheFetchTakesTheUsualWayInOrder() {
    LedgerEvent.Booked booked = booked("CH-a");
    var cancelled = new LedgerEvent.Cancelled(Charters.eventId(), "CH-a");

    recordLedgerEvent.recordAll(List.of(booked, booked("CH-b"), cancelled, booked("CH-c")));

    assertThat(ledger.starts).containsExactly(2);
    assertThat(ledger.stored("CH-a").appliedEventIds())
        .containsExactlyInAnyOrder(booked.eventId(), cancelled.eventId());
    assertThat(ledger.stored("CH-a").version()).isEqualTo(2);
    assertThat(ledger.stored("CH-c").version()).isEqualTo(1);
  }

  @Test
  void whenOneIsStoredAlreadyTheWriteIsRefusedAndEachTakesTheUsualWay() {
    LedgerEvent.Booked redelivered = booked("CH-a");
    recordLedgerEvent.record(redelivered);
    recordLedgerEvent.record(staffed("CH-b"));

    recordLedgerEvent.recordAll(List.of(booked("CH-b"), redelivered, booked("CH-c")));

    assertThat(ledger.starts).containsExactly(3);
    assertThat(ledger.stored("CH-a").version()).isEqualTo(1);
    assertThat(ledger.stored("CH-b").version()).isEqualTo(2);
    assertThat(ledger.stored("CH-b").booked()).isTrue();
    assertThat(ledger.stored("CH-b").captain().crewId()).isEqualTo("alex-marlow");
    assertThat(ledger.stored("CH-c").version()).isEqualTo(1);
  }

  @Test
  void aLoneBookingIsOneConditionalPutAndManyAreWrittenAHundredAtATime() {
    recordLedgerEvent.recordAll(List.of(booked("CH-alone")));
    assertThat(ledger.starts).isEmpty();
    assertThat(ledger.saves).isEqualTo(1);

    recordLedgerEvent.recordAll(
        IntStream.range(0, 230)
            .mapToObj(i -> booked("CH-" + i))
            .map(LedgerEvent.class::cast)
            .toList());
    assertThat(ledger.starts).containsExactly(100, 100, 30);
    assertThat(ledger.entries).hasSize(231);
  }

  private static LedgerEvent.Booked booked() {
    return booked(CHARTER);
  }

  private static LedgerEvent.Booked booked(String charterId) {
    return new LedgerEvent.Booked(
        Charters.eventId(), charterId, Charters.booking(LocalDate.of(2026, 3, 12), "4250.00"));
  }

  private static LedgerEvent.Staffed staffed() {
    return staffed(CHARTER);
  }

  private static LedgerEvent.Staffed staffed(String charterId) {
    return new LedgerEvent.Staffed(
        Charters.eventId(),
        charterId,
        Charters.captain("alex-marlow"),
        List.of(Charters.crew("jordan-reef")));
  }

  /** The store's rules (a write only over the version read) in memory, counting round trips. */
  static final class CountingLedger implements CharterLedger {

    final Map<String, LedgerEntry> entries = new HashMap<>();
    int finds;
    int saves;
    final List<Integer> starts = new ArrayList<>();
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
    public boolean startAll(List<LedgerEntry> entries) {
      assertThat(entries).hasSizeLessThanOrEqualTo(START_LIMIT);
      starts.add(entries.size());
      if (entries.stream().anyMatch(e -> this.entries.containsKey(e.charterId()))) {
        return false;
      }
      entries.forEach(e -> this.entries.put(e.charterId(), e));
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
