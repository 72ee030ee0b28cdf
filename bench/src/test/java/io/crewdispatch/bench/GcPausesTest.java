package io.crewdispatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcPausesTest {

  private static final List<String> LOG =
      List.of(
          "[2026-12-03T08:03:23.138+0000][8.561s] Using Serial",
          "[2026-12-03T08:03:29.104+0000][14.527s] GC(65) Pause Young (Allocation Failure)"
              + " 23M->15M(78M) 69.777ms",
          "[2026-12-03T08:03:40.876+0000][26.3s] GC(80) Pause Full (Allocation Failure)"
              + " 33M->30M(47M) 210.499ms",
          "[2026-12-03T08:03:41.000+0000][26.4s] GC(81) Pause Young (Allocation Failure)"
              + " 45M->32M(48M) 21.5ms",
          "[2026-12-03T08:03:50.000+0000][35.4s] GC(82) Pause Young (Allocation Failure)"
              + " 45M->32M(48M) 3.25ms",
          "[2026-12-03T08:03:51.000+0000][36.4s] GC(83) Pause Remark 40M->40M(64M) 1.5ms");

  @Test
  void takesThePausesThatBeganInTheWindowOnly() {
    GcPauses pauses =
        GcPauses.parse(
            LOG,
            Instant.parse("2026-12-03T08:03:29.105Z"),
            Instant.parse("2026-12-03T08:03:50.000Z"));

    assertThat(pauses.count()).isEqualTo(2);
    assertThat(pauses.totalMillis()).isEqualTo(231.999, offset(1e-6));
    assertThat(pauses.maxMillis()).isEqualTo(210.499);
    assertThat(pauses.full()).isEqualTo(1);
    assertThat(pauses.fullMillis()).isEqualTo(210.499);
  }

  @Test
  void readsTheRotatedLogsToo(@TempDir Path logs) throws Exception {
    Files.write(logs.resolve("dispatch-service-gc.log"), LOG.subList(0, 3));
    Files.write(logs.resolve("dispatch-service-gc.log.0"), LOG.subList(3, 6));
    Files.write(logs.resolve("auth-service-gc.log"), LOG);

    GcPauses pauses =
        GcPauses.of(
            logs,
            "dispatch-service",
            Instant.parse("2026-12-03T08:00:00Z"),
            Instant.parse("2026-12-03T09:00:00Z"));

    assertThat(pauses.count()).isEqualTo(5); // G1's remark is a pause too
    assertThat(pauses.full()).isEqualTo(1);
  }
}
