package io.crewdispatch.roster.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.roster.sheet.domain.CellUpdate;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Several charters' rows planned from one read of the tab. */
class AssignmentsTabTest {

  private static final List<Object> HEADERS =
      Arrays.asList("Date", "Departure", "Vessel", "Charter ID", "Captain", "Crew", "Status");

  @Test
  void chartersNewToTheTabGetARowEachAfterTheLastUsedRow() {
    Tab tab =
        Tab.of(
            AssignmentsTab.NAME,
            List.of(
                HEADERS,
                Arrays.asList("2026-06-01", "10:00", "Blue Gull", "old", "", "", "STAFFED")));

    List<CellUpdate> updates =
        AssignmentsTab.plan(Optional.of(tab), List.of(confirmed("a"), confirmed("b")));

    Tab after = tab.withCells(updates);
    assertThat(after.rowCount()).isEqualTo(4);
    assertThat(after.value(1, 3)).isEqualTo("old");
    assertThat(after.value(2, 3)).isEqualTo("a");
    assertThat(after.value(3, 3)).isEqualTo("b");
    assertThat(after.value(3, 4)).isEqualTo("Skipper Test");
  }

  @Test
  void aTabNotThereYetGetsItsHeadersOnceAndARowPerCharter() {
    List<CellUpdate> updates =
        AssignmentsTab.plan(Optional.empty(), List.of(confirmed("a"), confirmed("b")));

    assertThat(updates.stream().filter(u -> u.row() == 0)).hasSize(HEADERS.size());
    assertThat(updates.stream().filter(u -> u.column() == 3 && u.row() > 0))
        .extracting(CellUpdate::row, CellUpdate::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "a"),
            org.assertj.core.groups.Tuple.tuple(2, "b"));
  }

  private static Assignment confirmed(String charterId) {
    return new Assignment(
        charterId,
        new Sailing(LocalDate.of(2026, 6, 14), LocalTime.of(9, 30), "Sea Breeze"),
        new Person("cap-1", "Skipper Test"),
        List.of(),
        AssignmentStatus.CALLING_CREW,
        null);
  }
}
