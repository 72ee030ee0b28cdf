package io.crewdispatch.roster.member.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MonthTabNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"June 2026", "Jun 2026", "2026-06", " june   2026 ", "JUN 2026"})
  void everyAcceptedSpellingNamesTheMonth(String name) {
    assertThat(MonthTabName.parse(name)).contains(YearMonth.of(2026, 6));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Roster", "Assignments", "Sync Status", "June", "2026"})
  void otherTabsAreNotMonths(String name) {
    assertThat(MonthTabName.parse(name)).isEmpty();
  }

  @Test
  void tabsTheServiceCreatesUseTheFullMonthName() {
    assertThat(MonthTabName.of(YearMonth.of(2026, 9))).isEqualTo("September 2026");
  }
}
