package io.crewdispatch.roster.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.roster.member.application.SyncRoster;
import io.crewdispatch.roster.support.RosterServiceTest;
import io.crewdispatch.roster.support.SheetFixture;
import io.crewdispatch.roster.support.XlsxFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sync behaviour against a real .xlsx workbook on disk (the local default). */
@RosterServiceTest
class XlsxRosterSyncIT extends AssignmentsBehaviour {

  final XlsxFixture workbook = new XlsxFixture(Path.of("target/it/roster.xlsx"));
  @Autowired SyncRoster syncRoster;

  @Override
  SheetFixture sheet() {
    return workbook;
  }

  @Test
  void aScheduledSyncSkipsAnUnchangedWorkbookButAnOnDemandSyncAlwaysReads() {
    workbook.replaceWith(
        List.of(roster(captain("cap-" + s, 1)), month("June 2026", "cap-" + s, "A")));
    assertThat(syncRoster.syncIfChanged().skipped()).isFalse();
    assertThat(syncRoster.syncIfChanged().skipped()).isTrue();

    // Saved within the same second, as the end-to-end test does: an on-demand sync still sees it.
    workbook.edit("June 2026", 1, 3, "U");
    var result = syncRoster.syncNow();

    assertThat(result.skipped()).isFalse();
    assertThat(result.changed()).containsExactly("cap-" + s);
    assertThat(member("cap-" + s).get("availability").toString())
        .isEqualTo("{\"2026-06-01\":\"UNAVAILABLE\"}");
  }
}
