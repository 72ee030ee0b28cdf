package io.crewdispatch.bench;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Collected latencies in nanoseconds, reported as percentiles in milliseconds. */
final class Latencies {

  private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

  private final java.util.concurrent.atomic.AtomicInteger missed =
      new java.util.concurrent.atomic.AtomicInteger();

  void add(long latencyNanos) {
    nanos.add(latencyNanos);
  }

  /** A call that never came within the phase's timeout: reported, never hidden in a percentile. */
  void miss() {
    missed.incrementAndGet();
  }

  int missed() {
    return missed.get();
  }

  int count() {
    return nanos.size();
  }

  double percentileMillis(double p) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  double maxMillis() {
    return percentileMillis(100);
  }

  /**
   * The p50 and max of each run of {@code size} latencies in the order they were added (a steady
   * phase adds them in booking order, so at 10/s a run of 100 is 10 s): shows whether a tail comes
   * from one stretch of the phase or from all of it.
   */
  String byRun(int size) {
    Long[] all = nanos.toArray(new Long[0]);
    StringBuilder out = new StringBuilder();
    for (int from = 0; from < all.length; from += size) {
      long[] run = new long[Math.min(size, all.length - from)];
      for (int i = 0; i < run.length; i++) {
        run[i] = all[from + i];
      }
      Arrays.sort(run);
      out.append(
          String.format(
              "%s%.0f/%.0f",
              from == 0 ? "" : " ", run[run.length / 2] / 1e6, run[run.length - 1] / 1e6));
    }
    return out.append(" (p50/max ms per ").append(size).append(")").toString();
  }

  String summary() {
    return String.format(
        "n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms",
        count(), percentileMillis(50), percentileMillis(95), percentileMillis(99), maxMillis());
  }
}
