package io.crewdispatch.reporting.statement.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Build time and peak live heap of a month's statements (ops summary with formulas and totals, per
 * captain summary, ten captain workbooks) for 1,000 and 100,000 charters, beside a bare SXSSF write
 * of the same rows (the floor). Each case runs in its own JVM with the same heap limit, so one case
 * cannot leave garbage or JIT state to the next. Not part of the default build:
 *
 * <pre>
 * ./mvnw -B -o -pl reporting-service -am test -Dtest=StatementBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Figures are printed to reporting-service/target/surefire-reports/*StatementBenchmark-output.txt.
 */
class StatementBenchmark {

  static final String HEAP_LIMIT = "-Xmx256m";
  static final String SMALL_HEAP = "-Xmx32m";

  @Test
  void buildTimeAndPeakHeapAgainstTheBareSxssfFloor() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            "%-9s | %-8s | %10s | %16s | %12s",
            "charters", "variant", "time (ms)", "peak live heap", "bytes out"));
    for (int charters : new int[] {1_000, 100_000}) {
      Map<String, Map<String, String>> results = new LinkedHashMap<>();
      for (String variant : new String[] {"floor", "build"}) {
        Map<String, String> result = new LinkedHashMap<>(run(variant, charters, "time"));
        result.putAll(run(variant, charters, "heap"));
        results.put(variant, result);
        lines.add(
            String.format(
                "%-9d | %-8s | %10s | %13.1f MB | %12s",
                charters,
                variant,
                result.get("millis"),
                Long.parseLong(result.get("peakLiveBytes")) / 1048576.0,
                result.get("bytes")));
      }
      double timeRatio =
          Double.parseDouble(results.get("build").get("millis"))
              / Double.parseDouble(results.get("floor").get("millis"));
      double heapRatio =
          Double.parseDouble(results.get("build").get("peakLiveBytes"))
              / Double.parseDouble(results.get("floor").get("peakLiveBytes"));
      lines.add(
          String.format("%-9d | ratio    | %9.2fx | %15.2fx |", charters, timeRatio, heapRatio));
    }
    // Bounded, not just small: the 100,000-charter build also completes in a 32 MB heap.
    Map<String, String> tight = run("build", 100_000, "time", SMALL_HEAP);
    lines.add("100000    | build in " + SMALL_HEAP + ": completed, " + tight.get("millis") + " ms");
    lines.add(
        "heap limit per JVM: "
            + HEAP_LIMIT
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " CPUs; peak live heap = heap in use at the end of full collections forced every"
            + " 50 ms; time = median of 5 runs (1,000) or one run (100,000) after a warm-up");
    lines.forEach(System.out::println);
    assertThat(lines).hasSizeGreaterThan(5);
  }

  private static Map<String, String> run(String variant, int charters, String mode)
      throws IOException, InterruptedException {
    return run(variant, charters, mode, HEAP_LIMIT);
  }

  private static Map<String, String> run(String variant, int charters, String mode, String heap)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                heap,
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                StatementBenchmarkRun.class.getName(),
                variant,
                String.valueOf(charters),
                mode)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
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
