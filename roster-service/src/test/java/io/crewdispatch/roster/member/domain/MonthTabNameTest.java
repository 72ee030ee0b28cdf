package io.crewdispatch.roster.member.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MonthTabNameTest {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "June 2026",
        "Jun 2026",
        "2026-06",
        " june   2026 ",
        "JUN 2026",
        "June Availability",
        "June 2026 Availability",
        "june  availability",
        "June",
        " JUNE "
      })
  void everyAcceptedSpellingNamesTheMonth(String name) {
    assertThat(MonthTabName.parse(name, TODAY)).contains(YearMonth.of(2026, 6));
  }

  @Test
  void aMonthWithoutAYearIsTheNextSuchMonthFromToday() {
    assertThat(MonthTabName.parse("May", TODAY)).contains(YearMonth.of(2026, 5));
    assertThat(MonthTabName.parse("April Availability", TODAY)).contains(YearMonth.of(2027, 4));
    assertThat(MonthTabName.parse("Jan", TODAY)).contains(YearMonth.of(2027, 1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Roster", "Assignments", "Sync Status", "2026", "Availability", "Notes", "Junes"})
  void otherTabsAreNotMonths(String name) {
    assertThat(MonthTabName.parse(name, TODAY)).isEmpty();
  }

  @Test
  void tabsTheServiceCreatesUseTheFullMonthName() {
    assertThat(MonthTabName.of(YearMonth.of(2026, 9))).isEqualTo("September 2026");
  }
}
