package io.crewdispatch.reporting.statement.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.reporting.ledger.application.CharterLedger;
import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementMonthsTest {

  static final ZoneId LA = ZoneId.of("America/Los_Angeles");

  /** 03:00 UTC on July 1st is still June 30th in San Diego. */
  final StatementMonths months =
      new StatementMonths(
          Clock.fixed(Instant.parse("2026-07-01T03:00:00Z"), ZoneOffset.UTC), LA, new Known());

  @Test
  void theCurrentMonthInTheOperatorsZoneIsAllowed() {
    assertThat(months.current()).isEqualTo(YearMonth.of(2026, 6));
    assertThat(months.parse("2026-06")).isEqualTo(YearMonth.of(2026, 6));
    assertThat(months.parse("2019-01")).isEqualTo(YearMonth.of(2019, 1));
  }

  @Test
  void aMonthAfterTheCurrentOneIsRefused() {
    assertThatThrownBy(() -> months.parse("2026-07"))
        .isInstanceOf(InvalidMonthException.class)
        .hasMessageContaining(
            "must not be after the current month (2026-06 in America/Los_Angeles)");
  }

  @Test
  void aMonthBeforeTheYear2000IsRefusedWhateverTheLedgerHolds() {
    assertThatThrownBy(() -> months.parseKnown("0001-01"))
        .isInstanceOf(InvalidMonthException.class)
        .hasMessage("must be 2000-01 or later");
    assertThat(months.parse("2000-01")).isEqualTo(YearMonth.of(2000, 1));
  }

  @Test
  void aMonthToBuildMustBeOneTheLedgerKnows() {
    assertThat(months.parseKnown("2026-05")).isEqualTo(YearMonth.of(2026, 5));
    assertThatThrownBy(() -> months.parseKnown("2026-04"))
        .isInstanceOf(MonthNotInLedgerException.class)
        .hasMessageContaining("has no charter in the ledger");
  }

  /** A ledger that has charters in May 2026 and the year-1 month only. */
  static final class Known implements CharterLedger {

    @Override
    public boolean knows(YearMonth month) {
      return month.equals(YearMonth.of(2026, 5)) || month.getYear() == 1;
    }

    @Override
    public Optional<LedgerEntry> find(String charterId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean save(LedgerEntry entry, long expectedVersion) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean startAll(java.util.List<LedgerEntry> entries) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Stream<LedgerEntry> bookedIn(YearMonth month) {
      throw new UnsupportedOperationException();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-13", "2026-6", "June", "2026-06-01", "", "26-06", "+2026-06"})
  void aMalformedMonthIsRefused(String text) {
    assertThatThrownBy(() -> months.parse(text))
        .isInstanceOf(InvalidMonthException.class)
        .hasMessage("must be a month as yyyy-MM, like 2026-06");
  }
}
