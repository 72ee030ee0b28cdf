package io.crewdispatch.reporting.statement.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Build time and peak live heap of a month's statements (the ops summary with its three sheets,
 * thirty person statements, content digests and the payroll CSV) against the floor: bare SXSSF
 * writing the very same cells ({@link FloorIsTheSameTaskTest}). Floor and build alternate, each run
 * in a fresh JVM with the same settings, {@code bench.repeats} times (3); the ratio is of the
 * medians, and the per-pair ratios are printed too, because the machine is shared. Not part of the
 * default build:
 *
 * <pre>
 * ./mvnw -B -o -pl reporting-service -am test -Dtest=StatementBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Settings: {@code -Dbench.charters=100000 -Dbench.repeats=3 -Dbench.tight=true} (also build in a
 * 32 MB heap) {@code -Dbench.jvmArgs="..."} (extra JVM options for every case, e.g. a JFR
 * recording; {@code {variant}} is replaced by floor or build). Figures are printed to
 * reporting-service/target/surefire-reports/*StatementBenchmark-output.txt.
 */
class StatementBenchmark {

  static final String HEAP_LIMIT = "-Xmx256m";
  static final String SMALL_HEAP = "-Xmx48m";

  @Test
  void buildTimeAndPeakHeapAgainstTheBareSxssfFloor() throws Exception {
    int charters = Integer.getInteger("bench.charters", 100_000);
    int repeats = Integer.getInteger("bench.repeats", 3);
    List<String> lines = new ArrayList<>();
    lines.add("load at start: " + load());
    long[] floor = new long[repeats];
    long[] build = new long[repeats];
    Map<String, String> floorRun = Map.of();
    Map<String, String> buildRun = Map.of();
    for (int r = 0; r < repeats; r++) {
      floorRun = run("floor", charters, "time", HEAP_LIMIT);
      buildRun = run("build", charters, "time", HEAP_LIMIT);
      floor[r] = Long.parseLong(floorRun.get("millis"));
      build[r] = Long.parseLong(buildRun.get("millis"));
      lines.add(
          String.format(
              "run %d: floor %d ms, build %d ms, ratio %.2fx (load %s)",
              r + 1, floor[r], build[r], (double) build[r] / floor[r], load()));
    }
    Map<String, String> floorHeap = run("floor", charters, "heap", HEAP_LIMIT);
    Map<String, String> buildHeap = run("build", charters, "heap", HEAP_LIMIT);
    double floorMb = Long.parseLong(floorHeap.get("peakLiveBytes")) / 1048576.0;
    double buildMb = Long.parseLong(buildHeap.get("peakLiveBytes")) / 1048576.0;
    long floorMedian = median(floor);
    long buildMedian = median(build);
    lines.add(
        String.format(
            "%-8s | %-8s | %16s | %16s | %12s | %s",
            "charters", "variant", "time (median)", "peak live heap", "bytes out", "files"));
    lines.add(
        String.format(
            "%-8d | %-8s | %13d ms | %13.1f MB | %12s | %s",
            charters, "floor", floorMedian, floorMb, floorRun.get("bytes"), floorRun.get("files")));
    lines.add(
        String.format(
            "%-8d | %-8s | %13d ms | %13.1f MB | %12s | %s (with the payroll CSV)",
            charters, "build", buildMedian, buildMb, buildRun.get("bytes"), buildRun.get("files")));
    lines.add(
        String.format(
            "%-8d | ratio    | %15.2fx | %15.2fx |",
            charters, (double) buildMedian / floorMedian, buildMb / floorMb));
    if (Boolean.parseBoolean(System.getProperty("bench.tight", "true"))) {
      // Bounded, not just small: the build also completes in a 32 MB heap.
      Map<String, String> tight = run("build", charters, "time", SMALL_HEAP);
      lines.add("build in " + SMALL_HEAP + ": completed, " + tight.get("millis") + " ms");
    }
    lines.add(
        "settings: "
            + HEAP_LIMIT
            + " -XX:+UseSerialGC "
            + System.getProperty("bench.jvmArgs", "")
            + "; SXSSF window "
            + StatementBenchmarkRun.WINDOW
            + " rows, temporary files compressed, inline strings (no shared-strings table); "
            + Runtime.getRuntime().availableProcessors()
            + " CPUs, Java "
            + System.getProperty("java.version")
            + "; each case a fresh JVM, time = one run after a 1,000-charter warm-up, floor and"
            + " build alternating, median of "
            + repeats
            + "; peak live heap = heap in use at the end of full collections forced every 50 ms");
    lines.add("load at end: " + load());
    lines.forEach(System.out::println);
    assertThat(Arrays.stream(floor).min().orElse(0)).isPositive();
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static Map<String, String> run(String variant, int charters, String mode, String heap)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), heap, "-XX:+UseSerialGC"));
    String extra = System.getProperty("bench.jvmArgs", "").replace("{variant}", variant);
    if (!extra.isBlank()) {
      command.addAll(Arrays.asList(extra.trim().split("\\s+")));
    }
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            StatementBenchmarkRun.class.getName(),
            variant,
            String.valueOf(charters),
            mode));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(20, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    Map<String, String> result = new LinkedHashMap<>();
    output
        .lines()
        .filter(l -> l.startsWith("RESULT "))
        .findFirst()
        .map(l -> l.substring("RESULT ".length()).split(" "))
        .ifPresent(
            pairs -> {
              for (String pair : pairs) {
                String[] kv = pair.split("=", 2);
                result.put(kv[0], kv[1]);
              }
            });
    assertThat(result).as(output).isNotEmpty();
    return result;
  }
}
