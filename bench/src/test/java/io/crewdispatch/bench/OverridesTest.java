package io.crewdispatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What BENCHMARKS.md says was overridden is what the stacks were started with. */
class OverridesTest {

  @TempDir Path var;

  @Test
  void thePrintedOverridesAreExactlyTheEnvironmentEachStackIsStartedWith() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    String printed =
        Report.overridesSection(List.of(Overrides.PRODUCTION_DEFAULTS, Overrides.LOAD));

    for (Overrides overrides : List.of(Overrides.PRODUCTION_DEFAULTS, Overrides.LOAD)) {
      Map<String, String> passed = Bench.stackConfig(root, var, overrides).extraEnv();
      assertThat(printedFor(printed, overrides.phases())).isEqualTo(passed);
    }
  }

  @Test
  void theSectionNamesTheJvmTheStackRanOn() {
    assertThat(Report.overridesSection(List.of(Overrides.LOAD)))
        .contains("Java " + System.getProperty("java.version") + " (")
        .contains(System.getProperty("java.home"));
  }

  @Test
  void theTwoPerSecondPhaseKeepsTheMailSendLimit() {
    assertThat(Overrides.PRODUCTION_DEFAULTS.settings())
        .containsOnlyKeys("DISPATCH_QUIET_HOURS_ENABLED");
    assertThat(Overrides.LOAD.settings()).containsEntry("SEND_RATE_PER_MINUTE", "0");
  }

  /** The rows of the printed table for one stack, read back as variable → value. */
  private static Map<String, String> printedFor(String markdown, String phases) {
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : markdown.split("\n")) {
      String[] cells = line.split("\\|");
      if (cells.length >= 4 && cells[1].trim().equals(phases)) {
        rows.put(strip(cells[2]), strip(cells[3]));
      }
    }
    return rows;
  }

  private static String strip(String cell) {
    return cell.trim().replace("`", "");
  }
}
