package io.crewdispatch.reporting.statement.xlsx;

import io.crewdispatch.reporting.statement.application.BuildMonth;
import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.StatementNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * One benchmark case in a fresh JVM (started by {@link StatementBenchmark}): {@code build|floor}, a
 * charter count, and {@code time} (wall time of one run after a 1,000-charter warm-up) or {@code
 * heap} (the most heap still live after a full collection, forced every 50 ms while it runs).
 * Prints one {@code RESULT} line.
 */
public final class StatementBenchmarkRun {

  static final int WINDOW = 100;
  static final String DATE = "yyyy-mm-dd";
  static final String MONEY = "\"$\"#,##0.00";

  private StatementBenchmarkRun() {}

  public static void main(String[] args) throws Exception {
    String variant = args[0];
    int charters = Integer.parseInt(args[1]);
    String mode = args[2];
    Path dir = Files.createTempDirectory("statement-benchmark-");
    try {
      if (mode.equals("time")) {
        once(variant, 1_000, dir); // warm-up: class loading and JIT
        long start = System.nanoTime();
        long[] out = once(variant, charters, dir);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
            "RESULT variant=%s charters=%d millis=%d bytes=%d files=%d%n",
            variant, charters, millis, out[0], out[1]);
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

  /**
   * Writes the month: the service's own build (pay, workbooks, content digests and payroll, as
   * GenerateStatements runs it, minus the ledger's DynamoDB reads) or the floor. Returns bytes and
   * files written.
   */
  static long[] once(String variant, int charters, Path dir) throws Exception {
    List<Path> files = new ArrayList<>();
    if (variant.equals("floor")) {
      files.addAll(
          BareSxssfFloor.write(
              StatementNames.officeDefaults().sheet(SyntheticMonth.MONTH),
              SyntheticMonth.charters(charters).map(SyntheticMonth.calculator()::pay),
              dir,
              WINDOW,
              DATE,
              MONEY));
    } else {
      SxssfStatementWriter writer =
          new SxssfStatementWriter(
              new WorkbookSettings(WINDOW, DATE, MONEY, StatementNames.officeDefaults()));
      BuildMonth.Built built =
          new BuildMonth(writer, StatementNames.officeDefaults())
              .build(
                  SyntheticMonth.MONTH,
                  SyntheticMonth.charters(charters),
                  SyntheticMonth.calculator(),
                  dir);
      // the digests the rebuild compares, as GenerateStatements reads them
      built.contents().summary();
      built.contents().people();
      built.workbooks().stream().map(BuiltStatement::file).forEach(files::add);
      files.add(built.payroll().file());
    }
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    return new long[] {bytes, files.size()};
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
