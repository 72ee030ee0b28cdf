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

  String summary() {
    return String.format(
        "n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms",
        count(), percentileMillis(50), percentileMillis(95), percentileMillis(99), maxMillis());
  }
}
