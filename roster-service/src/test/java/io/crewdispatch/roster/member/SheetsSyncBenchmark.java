package io.crewdispatch.roster.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.roster.member.application.SyncResult;
import io.crewdispatch.roster.member.application.SyncRoster;
import io.crewdispatch.roster.support.FakeSheetsApi;
import io.crewdispatch.roster.support.RosterServiceTest;
import java.time.YearMonth;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sync of a 500-member roster with six month tabs through the real Google client (against the local
 * Sheets API), DynamoDB Local and the broker: time and API calls per sync. Not part of the default
 * run: {@code ./mvnw -B -o -pl roster-service test -Dtest=SheetsSyncBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@RosterServiceTest
class SheetsSyncBenchmark {

  @DynamicPropertySource
  static void google(DynamicPropertyRegistry properties) {
    SheetsRosterSyncIT.google(properties);
  }

  @Autowired SyncRoster sync;

  @Test
  void syncOfFiveHundredMembersWithSixMonthTabs() {
    FakeSheetsApi google = SheetsRosterSyncIT.GOOGLE;
    String prefix = "b" + UUID.randomUUID().toString().substring(0, 4);
    google.replaceWith(BenchmarkRoster.tabs(prefix, 500, YearMonth.of(2026, 6), 6));

    SyncResult first = measure("first sync (500 new members)", google, sync::syncNow);
    // Run after the other benchmark (one context, one roster), the first sync also takes its
    // members off: its line then says changed=1000.
    assertThat(first.changed()).filteredOn(id -> id.startsWith(prefix + "-")).hasSize(500);
    for (int i = 1; i <= 3; i++) {
      SyncResult same = measure("unchanged sheet, on demand #" + i, google, sync::syncNow);
      assertThat(same.changed()).isEmpty();
    }
    SyncResult skipped = measure("unchanged sheet, scheduled", google, sync::syncIfChanged);
    skipped = measure("unchanged sheet, scheduled", google, sync::syncIfChanged);
    assertThat(skipped.skipped()).isTrue();
    var tabs = BenchmarkRoster.tabs(prefix, 500, YearMonth.of(2026, 6), 6);
    var edited = new java.util.ArrayList<>(tabs);
    var june = tabs.get(1);
    var rows = new java.util.ArrayList<java.util.List<Object>>(june.rows());
    var row = new java.util.ArrayList<Object>(rows.get(7));
    row.set(3, "U".equals(row.get(3)) ? "A" : "U");
    rows.set(7, row);
    edited.set(1, io.crewdispatch.roster.sheet.domain.Tab.of(june.name(), rows));
    google.replaceWith(edited);
    SyncResult one = measure("one cell changed, scheduled", google, sync::syncIfChanged);
    assertThat(one.changed()).hasSize(1);
  }

  static SyncResult measure(String what, FakeSheetsApi google, Supplier<SyncResult> run) {
    google.clearRequests();
    long start = System.nanoTime();
    SyncResult result = run.get();
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "BENCHMARK sheets %-36s %6d ms  %d API calls  changed=%d skipped=%s%n",
        what, millis, google.requests().size(), result.changed().size(), result.skipped());
    return result;
  }
}
