package io.crewdispatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cost figures: CPU read from /proc, and the sustainable rate read off the step-up. */
class CpuMeterTest {

  @TempDir Path var;

  @Test
  void aBusyProcessIsChargedTheCpuItSpent() throws Exception {
    Files.createDirectories(var.resolve("run"));
    long self = ProcessHandle.current().pid();
    Files.writeString(var.resolve("run").resolve("itself.pid"), Long.toString(self));
    Map<String, Long> pids = CpuMeter.pids(var);
    assertThat(pids).containsEntry("itself", self).containsEntry(CpuMeter.BENCH, self);

    Map<String, Double> before = CpuMeter.sample(pids);
    long threadStart = threadCpuNanos();
    long spin = 0;
    while (threadCpuNanos() - threadStart < 300_000_000L) { // 0.3 s of this thread's CPU
      spin++;
    }
    Map<String, Double> used = CpuMeter.between(before, CpuMeter.sample(pids));

    assertThat(spin).isPositive();
    // ticks are 10 ms; the JVM's other threads only add
    assertThat(used.get("itself")).isGreaterThanOrEqualTo(0.28);
  }

  @Test
  void aGoneProcessReadsAsMinusOne() {
    assertThat(CpuMeter.cpuSeconds(Long.MAX_VALUE)).isEqualTo(-1);
  }

  @Test
  void theSustainableRateIsTheLastStepBeforeTheFirstThatMissedItsP99() {
    Latencies fast = latencies(40);
    Latencies slow = latencies(400);
    Map<Integer, Latencies> steps = new java.util.LinkedHashMap<>();
    steps.put(15, fast);
    steps.put(20, slow);
    steps.put(30, fast); // a later lucky step does not count
    assertThat(Report.sustainable(fast, steps)).isEqualTo(15);
    assertThat(Report.sustainable(slow, steps)).isZero();

    Latencies missed = latencies(40);
    missed.miss();
    steps.put(15, missed);
    assertThat(Report.sustainable(fast, steps)).isEqualTo(10);
  }

  @Test
  void theIdleShareIsTheIdleCpuPerSecondSpreadOverTheBookingsOfASecond() {
    Map<String, Double> idleOver30s = Map.of("kafka", 1.2, "dynamodb", 0.3, "auth-service", 0.3);
    // 1.8 CPU-s in 30 s is 60 ms a second; at 10 bookings a second, 6 ms of each
    assertThat(Report.idleShareMillis(idleOver30s, 30, 10)).isCloseTo(6.0, within(1e-9));
    assertThat(Report.idleShareMillis(Map.of(), 0, 10)).isZero();
  }

  private static Latencies latencies(long millis) {
    Latencies l = new Latencies();
    for (int i = 0; i < 100; i++) {
      l.add(millis * 1_000_000);
    }
    return l;
  }

  private static long threadCpuNanos() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }
}
