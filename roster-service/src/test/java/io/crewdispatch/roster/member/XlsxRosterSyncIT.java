package io.crewdispatch.roster.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.roster.member.application.SyncRoster;
import io.crewdispatch.roster.support.RosterServiceTest;
import io.crewdispatch.roster.support.SheetFixture;
import io.crewdispatch.roster.support.XlsxFixture;
import io.crewdispatch.testsupport.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sync behaviour against a real .xlsx workbook on disk (the local default). */
@RosterServiceTest
class XlsxRosterSyncIT extends AssignmentsBehaviour {

  static final Path OPERATIONS = Path.of("target/dynamodb-operations/roster-service.txt");

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

  /**
   * Every booking passes through the charter-events listener, nearly always a charter with no row:
   * a fetch's charters are looked up with one BatchGetItem, not a GetItem each. Six cancellations
   * published together (their rows made first, so that the cancellation shows) take one to three
   * fetches; one read each would be six.
   */
  @Test
  void cancellationsPublishedTogetherLookTheirChartersUpWithOneReadPerFetch() throws Exception {
    workbook.replaceWith(List.of(roster(captain("cap-" + s, 1))));
    List<String> charters = together();
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(workbook.tab("Assignments").stream().skip(1).map(r -> r.get(3)))
                    .containsAll(charters));
    int before = operations().size();

    probe.publishAll(
        Topic.CHARTER_EVENTS,
        charters.stream()
            .<Map.Entry<String, SpecificRecord>>map(
                id -> Map.entry(id, Samples.charterCancelled(id)))
            .toList());

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        workbook.tab("Assignments").stream()
                            .filter(r -> charters.contains(r.get(3)))
                            .map(r -> r.get(6)))
                    .hasSize(6)
                    .containsOnly("CANCELLED"));
    List<String> calls = operations().subList(before, operations().size());
    assertThat(calls.stream().filter(c -> c.equals("BatchGetItem roster-assignments")))
        .hasSizeBetween(1, 3);
    assertThat(calls).doesNotContain("GetItem roster-assignments");
  }

  private static List<String> operations() throws IOException {
    return Files.readAllLines(OPERATIONS);
  }
}
