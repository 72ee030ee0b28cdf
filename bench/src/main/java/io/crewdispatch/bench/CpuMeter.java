package io.crewdispatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of each JVM of a run, from {@code /proc/<pid>/stat} (user + system, in clock ticks):
 * what a phase costs whatever the machine's speed or load, unlike its latency. The stack's JVMs are
 * found by the pid files the launcher keeps under {@code var/run}; the bench's own JVM (load
 * generator, SMTP server, watchers, and the bare pipeline) is {@link #BENCH}.
 */
final class CpuMeter {

  static final String BENCH = "bench (load, SMTP, watchers)";

  /** Linux's USER_HZ: 100 on every architecture the JDK runs on (getconf CLK_TCK). */
  private static final double TICKS_PER_SECOND = 100.0;

  private CpuMeter() {}

  /** Every JVM the stack under {@code varDir} started, by name, and the bench's own. */
  static Map<String, Long> pids(Path varDir) throws IOException {
    Map<String, Long> pids = new LinkedHashMap<>();
    Path run = varDir.resolve("run");
    if (Files.isDirectory(run)) {
      try (var files = Files.list(run)) {
        files
            .filter(p -> p.toString().endsWith(".pid"))
            .sorted()
            .forEach(
                p -> {
                  try {
                    pids.put(
                        p.getFileName().toString().replace(".pid", ""),
                        Long.parseLong(Files.readString(p).trim()));
                  } catch (IOException | NumberFormatException gone) {
                    // stopped between listing and reading
                  }
                });
      }
    }
    pids.put(BENCH, ProcessHandle.current().pid());
    return pids;
  }

  /** CPU-seconds each process has used so far (-1 if it is gone). */
  static Map<String, Double> sample(Map<String, Long> pids) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    pids.forEach((name, pid) -> seconds.put(name, cpuSeconds(pid)));
    return seconds;
  }

  /** What each process used between two samples. */
  static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
    Map<String, Double> used = new LinkedHashMap<>();
    before.forEach((name, start) -> used.put(name, after.getOrDefault(name, start) - start));
    return used;
  }

  static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // the command name (field 2) may hold spaces: count fields after its closing parenthesis
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long utime = Long.parseLong(fields[11]);
      long stime = Long.parseLong(fields[12]);
      return (utime + stime) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException gone) {
      return -1;
    }
  }

  /** The 1-, 5- and 15-minute load averages, printed beside every figure. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
