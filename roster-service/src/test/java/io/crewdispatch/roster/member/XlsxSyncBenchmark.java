package io.crewdispatch.roster.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.roster.member.application.SyncResult;
import io.crewdispatch.roster.member.application.SyncRoster;
import io.crewdispatch.roster.support.RosterServiceTest;
import io.crewdispatch.roster.support.XlsxFixture;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sync of a 500-member roster with six month tabs from a local .xlsx workbook: time per sync. Not
 * part of the default run: {@code ./mvnw -B -o -pl roster-service test -Dtest=XlsxSyncBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@RosterServiceTest
class XlsxSyncBenchmark {

  @Autowired SyncRoster sync;

  @Test
  void syncOfFiveHundredMembersWithSixMonthTabs() {
    XlsxFixture workbook = new XlsxFixture(Path.of("target/it/roster.xlsx"));
    String prefix = "x" + UUID.randomUUID().toString().substring(0, 4);
    workbook.replaceWith(BenchmarkRoster.tabs(prefix, 500, YearMonth.of(2026, 6), 6));

    // Run after the other benchmark (one context, one roster), the first sync also takes its
    // members off: its line then says changed=1000.
    assertThat(measure("first sync (500 new members)", sync::syncNow).changed())
        .filteredOn(id -> id.startsWith(prefix + "-"))
        .hasSize(500);
    for (int i = 1; i <= 3; i++) {
      assertThat(measure("unchanged workbook, on demand #" + i, sync::syncNow).changed()).isEmpty();
    }
    measure("unchanged workbook, scheduled", sync::syncIfChanged);
    assertThat(measure("unchanged workbook, scheduled", sync::syncIfChanged).skipped()).isTrue();
    workbook.edit("June 2026", 7, 3, "U");
    assertThat(measure("one cell changed, on demand", sync::syncNow).skipped()).isFalse();
  }

  static SyncResult measure(String what, Supplier<SyncResult> run) {
    long start = System.nanoTime();
    SyncResult result = run.get();
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "BENCHMARK xlsx %-36s %6d ms  changed=%d skipped=%s%n",
        what, millis, result.changed().size(), result.skipped());
    return result;
  }
}
