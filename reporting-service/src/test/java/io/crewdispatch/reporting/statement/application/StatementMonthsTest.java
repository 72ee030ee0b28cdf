package io.crewdispatch.reporting.statement.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementMonthsTest {

  static final ZoneId LA = ZoneId.of("America/Los_Angeles");

  /** 03:00 UTC on July 1st is still June 30th in San Diego. */
  final StatementMonths months =
      new StatementMonths(Clock.fixed(Instant.parse("2026-07-01T03:00:00Z"), ZoneOffset.UTC), LA);

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

  @ParameterizedTest
  @ValueSource(strings = {"2026-13", "2026-6", "June", "2026-06-01", "", "26-06", "+2026-06"})
  void aMalformedMonthIsRefused(String text) {
    assertThatThrownBy(() -> months.parse(text))
        .isInstanceOf(InvalidMonthException.class)
        .hasMessage("must be a month as yyyy-MM, like 2026-06");
  }
}
