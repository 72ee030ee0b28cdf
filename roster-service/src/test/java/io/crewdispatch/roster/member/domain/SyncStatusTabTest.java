package io.crewdispatch.roster.member.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.roster.sheet.domain.CellUpdate;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncStatusTabTest {

  static final Instant AT = Instant.parse("2026-06-01T16:00:00Z");
  static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

  @Test
  void theReportShowsTheSyncTimeInTheOfficesZoneAndEveryRejection() {
    List<CellUpdate> plan =
        SyncStatusTab.plan(
            Optional.empty(),
            AT,
            ZONE,
            2,
            List.of(new Rejection("Roster", 4, "Email", "Email is missing")),
            List.of("Notes"),
            List.of());

    assertThat(plan)
        .contains(
            new CellUpdate("Sync Status", 0, 1, "2026-06-01 09:00:00 PDT"),
            new CellUpdate("Sync Status", 1, 1, "2"),
            new CellUpdate("Sync Status", 5, 0, "Roster"),
            new CellUpdate("Sync Status", 5, 3, "Email is missing"),
            new CellUpdate("Sync Status", 6, 0, "Notes"),
            new CellUpdate("Sync Status", 6, 3, SyncStatusTab.IGNORED));
  }

  @Test
  void rejectionsFixedSinceTheLastReportAreCleared() {
    Tab before =
        Tab.of(
            "Sync Status",
            List.of(
                List.of("Last sync", "2026-06-01 08:00:00 PDT"),
                List.of("Members changed", "0"),
                List.of("Rejected", "1"),
                List.of(),
                List.of("Tab", "Row", "Column", "Reason"),
                List.of("Roster", "4", "Email", "Email is missing")));

    List<CellUpdate> plan =
        SyncStatusTab.plan(Optional.of(before), AT, ZONE, 0, List.of(), List.of(), List.of());

    assertThat(plan)
        .containsExactlyInAnyOrder(
            new CellUpdate("Sync Status", 0, 1, "2026-06-01 09:00:00 PDT"),
            new CellUpdate("Sync Status", 2, 1, "0"),
            new CellUpdate("Sync Status", 5, 0, ""),
            new CellUpdate("Sync Status", 5, 1, ""),
            new CellUpdate("Sync Status", 5, 2, ""),
            new CellUpdate("Sync Status", 5, 3, ""));
  }
}
