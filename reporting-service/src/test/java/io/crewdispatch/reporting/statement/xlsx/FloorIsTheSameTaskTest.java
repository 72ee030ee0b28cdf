package io.crewdispatch.reporting.statement.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.StatementNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's floor is an honest one: bare SXSSF writing the very cells the build writes (same
 * workbooks, sheets, rows, formulas as text, cached results and formats), not a cheaper task.
 */
class FloorIsTheSameTaskTest {

  @TempDir Path dir;

  @Test
  void theFloorWritesEveryCellTheBuildWrites() throws IOException {
    int window = 7;
    Path build = Files.createDirectories(dir.resolve("build"));
    Path floor = Files.createDirectories(dir.resolve("floor"));
    List<BuiltStatement> built =
        new SxssfStatementWriter(
                new WorkbookSettings(
                    window, "yyyy-mm-dd", "\"$\"#,##0.00", StatementNames.officeDefaults()))
            .write(SyntheticMonth.MONTH, SyntheticMonth.paid(240), build);
    List<Path> bare =
        BareSxssfFloor.write(
            StatementNames.officeDefaults().sheet(SyntheticMonth.MONTH),
            SyntheticMonth.paid(240),
            floor,
            window,
            "yyyy-mm-dd",
            "\"$\"#,##0.00");

    assertThat(bare).hasSameSizeAs(built).hasSize(31);
    for (int i = 0; i < built.size(); i++) {
      assertThat(WorkbookDump.of(bare.get(i)))
          .as(built.get(i).fileName())
          .containsExactlyElementsOf(WorkbookDump.of(built.get(i).file()));
    }
  }
}
