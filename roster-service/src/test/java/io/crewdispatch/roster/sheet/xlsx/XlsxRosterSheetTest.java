package io.crewdispatch.roster.sheet.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.roster.sheet.domain.CellUpdate;
import io.crewdispatch.roster.sheet.domain.SheetSnapshot;
import io.crewdispatch.roster.sheet.domain.Tab;
import io.crewdispatch.roster.support.XlsxFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook adapter's writes: only the service's cells, never over a person's newer save. */
class XlsxRosterSheetTest {

  @TempDir Path dir;

  @Test
  void aWriteKeepsAnEditSavedSinceTheReadAndSaysTheFileMustBeReadAgain() throws Exception {
    Path path = dir.resolve("roster.xlsx");
    XlsxRosterSheet sheet = annAvailableOnJuneFirst(path);
    SheetSnapshot read = sheet.read();

    new XlsxFixture(path).edit("June 2026", 1, 1, "U"); // a person saves in the meantime
    Optional<String> version =
        sheet.write(read, List.of(new CellUpdate("Sync Status", 0, 0, "Last sync")));

    assertThat(version).isEmpty();
    XlsxFixture file = new XlsxFixture(path);
    assertThat(file.tab("June 2026").get(1)).containsExactly("ann", "U");
    assertThat(file.tab("Sync Status").get(0)).containsExactly("Last sync");
  }

  @Test
  void aSaveWhileTheServiceWritesItsCopyIsKept() throws Exception {
    Path path = dir.resolve("roster.xlsx");
    XlsxRosterSheet sheet = annAvailableOnJuneFirst(path);
    SheetSnapshot read = sheet.read();
    AtomicInteger saves = new AtomicInteger();
    sheet.beforeRename(
        () -> {
          if (saves.getAndIncrement() == 0) { // the person saves once, after our copy is written
            new XlsxFixture(path).edit("June 2026", 1, 1, "U");
          }
        });

    Optional<String> version =
        sheet.write(read, List.of(new CellUpdate("Sync Status", 0, 0, "Last sync")));

    XlsxFixture file = new XlsxFixture(path);
    assertThat(file.tab("June 2026").get(1)).containsExactly("ann", "U");
    assertThat(file.tab("Sync Status").get(0)).containsExactly("Last sync");
    assertThat(saves).hasValue(2); // the first copy was dropped, the second renamed
    assertThat(version).isEmpty(); // the save is an edit no sync has read yet
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(path); // neither copy is left behind
    }
  }

  @Test
  void aWriteRightAfterAReadReportsTheVersionItLeaves() throws Exception {
    Path path = dir.resolve("roster.xlsx");
    XlsxRosterSheet sheet = XlsxSeedTest.sheet(path, false);
    sheet.createIfMissing(List.of(Tab.of("Assignments", List.of(Arrays.asList("Date")))));
    SheetSnapshot read = sheet.read();

    Optional<String> version =
        sheet.write(read, List.of(new CellUpdate("Assignments", 1, 0, "2026-06-14")));

    assertThat(version).isPresent().isEqualTo(sheet.version());
    assertThat(new XlsxFixture(path).tab("Assignments").get(1)).containsExactly("2026-06-14");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(path); // the temporary file was renamed, not left behind
    }
  }

  @Test
  void aReadAfterTheServicesOwnWriteUsesTheCopyInMemoryAndReadsAsTheFileDoes() throws Exception {
    Path path = dir.resolve("roster.xlsx");
    XlsxRosterSheet sheet = annAvailableOnJuneFirst(path);
    SheetSnapshot read = sheet.read();
    sheet.write(read, List.of(new CellUpdate("June 2026", 2, 0, "bo")));
    int parsed = sheet.parses();

    SheetSnapshot again = sheet.read();

    assertThat(sheet.parses()).isEqualTo(parsed); // no parse: the file is what was written
    assertThat(again).isEqualTo(XlsxSeedTest.sheet(path, false).read()); // a fresh parse's view
    assertThat(again.tab("June 2026").orElseThrow().value(2, 0)).isEqualTo("bo");
  }

  @Test
  void aReadAfterAPersonsSaveParsesTheFileAgain() throws Exception {
    Path path = dir.resolve("roster.xlsx");
    XlsxRosterSheet sheet = annAvailableOnJuneFirst(path);
    sheet.read();
    int parsed = sheet.parses();

    new XlsxFixture(path).edit("June 2026", 1, 1, "U");
    SheetSnapshot read = sheet.read();

    assertThat(sheet.parses()).isEqualTo(parsed + 1);
    assertThat(read.tab("June 2026").orElseThrow().value(1, 1)).isEqualTo("U");
  }

  /** A workbook whose June 2026 tab has ann available on the 1st. */
  private static XlsxRosterSheet annAvailableOnJuneFirst(Path path) throws Exception {
    XlsxRosterSheet sheet = XlsxSeedTest.sheet(path, false);
    sheet.createIfMissing(
        List.of(
            Tab.of(
                "June 2026", List.of(Arrays.asList("Crew ID", "1"), Arrays.asList("ann", "A")))));
    return sheet;
  }
}
