package io.crewdispatch.reporting.statement.xlsx;

import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.StatementNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * One benchmark case in a fresh JVM (started by {@link StatementBenchmark}): {@code build|floor}, a
 * charter count, and {@code time} (wall time after a warm-up, median of runs) or {@code heap} (the
 * most heap still live after a full collection, sampled every 50 ms while it runs). Prints one
 * {@code RESULT} line.
 */
public final class StatementBenchmarkRun {

  static final int WINDOW = 100;

  private StatementBenchmarkRun() {}

  public static void main(String[] args) throws Exception {
    String variant = args[0];
    int charters = Integer.parseInt(args[1]);
    String mode = args[2];
    Path dir = Files.createTempDirectory("statement-benchmark-");
    try {
      if (mode.equals("time")) {
        once(variant, 1_000, dir); // warm-up: class loading and JIT
        int runs = charters <= 10_000 ? 5 : 1;
        long[] millis = new long[runs];
        long bytes = 0;
        for (int r = 0; r < runs; r++) {
          long start = System.nanoTime();
          bytes = once(variant, charters, dir);
          millis[r] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(
            "RESULT variant=%s charters=%d millis=%d bytes=%d%n",
            variant, charters, millis[runs / 2], bytes);
      } else {
        AtomicLong peakLive = LiveHeap.track();
        Thread collector = new Thread(StatementBenchmarkRun::collectOften, "full-gc");
        collector.setDaemon(true);
        collector.start();
        long start = System.nanoTime();
        once(variant, charters, dir);
        long millis = (System.nanoTime() - start) / 1_000_000;
        collector.interrupt();
        collector.join();
        System.out.printf(
            "RESULT variant=%s charters=%d peakLiveBytes=%d maxHeap=%d heapRunMillis=%d%n",
            variant, charters, peakLive.get(), Runtime.getRuntime().maxMemory(), millis);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Writes the month; returns the bytes written (all workbooks). */
  static long once(String variant, int charters, Path dir) throws Exception {
    if (variant.equals("floor")) {
      Path file = dir.resolve("floor.xlsx");
      BareSxssfFloor.write(SyntheticMonth.charters(charters), file, WINDOW);
      return Files.size(file);
    }
    SxssfStatementWriter writer =
        new SxssfStatementWriter(
            new WorkbookSettings(
                WINDOW, "yyyy-mm-dd", "\"$\"#,##0.00", StatementNames.officeDefaults()));
    List<BuiltStatement> built =
        writer.write(SyntheticMonth.MONTH, SyntheticMonth.paid(charters), dir);
    long bytes = 0;
    for (BuiltStatement statement : built) {
      bytes += Files.size(statement.file());
    }
    return bytes;
  }

  /** Full collections every 50 ms, so the live set is measured often (see {@link LiveHeap}). */
  private static void collectOften() {
    while (!Thread.currentThread().isInterrupted()) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
