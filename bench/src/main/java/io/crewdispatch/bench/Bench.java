package io.crewdispatch.bench;

import io.crewdispatch.localstack.LocalStack;
import io.crewdispatch.localstack.StackConfig;
import io.crewdispatch.localstack.drive.CrewBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the whole system as the local stack does (fresh state under target/bench-var) and drives
 * it from outside: bookings on Kafka in, call emails out of the SMTP server. Prints the figures and
 * writes them to BENCHMARKS.md. Bounded: every phase has a fixed length and a timeout.
 */
public final class Bench {

  /**
   * Accepts pressed before the timed ones: until then nothing has run the accept path (crew pages,
   * answers, confirmation, crew calls) and its first presses would time the JIT, not the path.
   */
  static final int ACCEPT_WARM_UP = Integer.getInteger("bench.acceptWarmUp", 10);

  /**
   * How long the captain reads the page before pressing Accept (0 by default, as in every run
   * reported so far). Past dispatch's roster cache's time to live (2 s), an accept finds the cache
   * expired unless another decision refilled it meanwhile, as a real one minutes after the call
   * usually does.
   */
  static final int ACCEPT_READ_MS = Integer.getInteger("bench.acceptReadMs", 0);

  /** Length of each step of the step-up to the sustainable rate. */
  static final int STEP_SECONDS = Integer.getInteger("bench.stepSeconds", 20);

  private Bench() {}

  /** A rate is sustained while its p99 stays under 250 ms and no booking goes uncalled. */
  static boolean sustained(Latencies step) {
    return step.missed() == 0 && step.percentileMillis(99) < 250;
  }

  static int[] rates(String property, String defaults) {
    return java.util.Arrays.stream(System.getProperty(property, defaults).split(","))
        .mapToInt(r -> Integer.parseInt(r.trim()))
        .toArray();
  }

  public static void main(String[] args) throws Exception {
    int seconds = Integer.getInteger("bench.seconds", 60);
    int burst = Integer.getInteger("bench.burst", 1000);
    int accepts = Integer.getInteger("bench.accepts", 40);
    Path root = Path.of("").toAbsolutePath();
    Path var = root.resolve("bench").resolve("target").resolve("bench-var");
    Report report = new Report(seconds, burst, accepts);
    report.overrides = List.of(Overrides.PRODUCTION_DEFAULTS, Overrides.LOAD);

    // The 2/s phase on a stack of its own, at production defaults: the mail send limit (150 a
    // minute) is on, and 2 bookings a second stay under it.
    StackConfig production =
        stackConfig(root, var.resolve("production"), Overrides.PRODUCTION_DEFAULTS);
    // -Dbench.only10=true: the 10/s phase and the bare pipeline's, then stop (one comparison of
    // the cost per booking in about eleven minutes, e.g. before and after a change).
    boolean only10 = Boolean.getBoolean("bench.only10");
    // -Dbench.onlyAccepts=true: the load stack's warm-up, then the accepts (warm-up and timed, by
    // hop), then stop: a before/after of the accept path in about seven minutes.
    boolean onlyAccepts = Boolean.getBoolean("bench.onlyAccepts");
    boolean onlyBurst = Boolean.getBoolean("bench.onlyBurst");
    if (!only10 && !onlyAccepts && !onlyBurst) {
      phase2(production, report, seconds);
    }
    if (Boolean.getBoolean("bench.only2")) { // the 2/s cost alone, e.g. to compare JVM options
      System.exit(0);
    }

    StackConfig config = stackConfig(root, var.resolve("load"), Overrides.LOAD);
    try (LocalStack stack = new LocalStack(config)) {
      stack.start();
      report.startup = stack.serviceStartupMillis();
      report.serviceJvmOptions = config.serviceJvmOptions();
      report.startupCpu = CpuMeter.sample(CpuMeter.pids(config.varDir()));
      CallWatcher watcher = new CallWatcher(stack);
      Thread.sleep(5_000); // let consumers settle into their groups
      report.idle = footprint(stack);
      say("start-up (ms): " + report.startup + " load " + CpuMeter.loadAverage());

      try (Bookings bookings = new Bookings(config.kafkaBootstrapServers());
          Stages stages = new Stages(config.kafkaBootstrapServers())) {
        warmUp(bookings, watcher, 10);
        if (onlyBurst) {
          burstCost(bookings, watcher, stages, CpuMeter.pids(config.varDir()), burst);
          return; // closes the stack on the way out
        }
        if (onlyAccepts) {
          acceptPhase(stack, bookings, watcher, stages, report, accepts);
          say("load " + CpuMeter.loadAverage());
          say("RSS / heap MB, idle after start-up: " + Report.footprintLine(report.idle));
          say("RSS / heap MB, after the accepts: " + Report.footprintLine(footprint(stack)));
          return; // closes the stack on the way out
        }
        // The floor after the warm-up, like the path: both measured on a warm broker and table.
        say("floor: bare Kafka hop and DynamoDB Local conditional write");
        report.kafkaHop = Floor.kafkaHop(config.kafkaBootstrapServers(), 500);
        report.dynamoWrite = Floor.dynamoDbConditionalWrite(config.dynamoDbEndpoint(), 500);
        say("kafka hop " + report.kafkaHop.summary());
        say("dynamodb write " + report.dynamoWrite.summary());

        Map<String, Long> pids = CpuMeter.pids(config.varDir());
        report.split10 = new StageSplit(stages);
        Map<String, Double> before = CpuMeter.sample(pids);
        Instant from = Instant.now();
        report.steady10 = steady(bookings, watcher, report.split10, 10, seconds);
        report.pathCpu = CpuMeter.between(before, CpuMeter.sample(pids));
        report.gc10 = gcPauses(stack, from, Instant.now());
        report.pathBookings = 10 * seconds;
        report.pathLoad = CpuMeter.loadAverage();
        say("booking -> first call at 10/s: " + report.steady10.summary());
        say("cpu-seconds at 10/s: " + report.pathCpu + " load " + report.pathLoad);
        // What the stack spends with nothing to do (heartbeats, fetches, the integration watch):
        // part of every booking's cost above, shown apart.
        report.idleStack = idleCpu(pids, IDLE_WINDOW_SECONDS);
        report.idleWindowSeconds = IDLE_WINDOW_SECONDS;
        say("idle stack, cpu-seconds over " + IDLE_WINDOW_SECONDS + " s: " + report.idleStack);

        if (!only10) {
          for (int rate : rates("bench.rates", "15,20,30,40,50")) {
            Latencies step = steady(bookings, watcher, rate, STEP_SECONDS);
            report.pathSteps.put(rate, step);
            say(
                "booking -> first call at "
                    + rate
                    + "/s: "
                    + step.summary()
                    + " load "
                    + CpuMeter.loadAverage());
            if (!sustained(step)) {
              break;
            }
          }
          report.loaded = footprint(stack);
          report.burstMillis = burst(bookings, watcher, burst);
          say(burst + " simultaneous bookings all called in " + report.burstMillis + " ms");
          // The consumers nobody waits on (console, reporting, roster, the side consumers) are
          // still working through the burst when its last call arrives; an accept then measures
          // that drain, not the accept path, so the accepts start once the stack is quiet again.
          report.quietAfterBurstMillis = awaitQuiet(CpuMeter.pids(config.varDir()));
          say("stack quiet " + report.quietAfterBurstMillis + " ms after the burst's last call");
          acceptPhase(stack, bookings, watcher, stages, report, accepts);
        }
      }

      // The bare pipeline runs alone on the same, warm broker and DynamoDB Local: the services
      // stopped and the bench's stage watchers closed, so neither of them charges the broker or
      // DynamoDB Local with work that is not the pipeline's.
      stack.stopServices();
      Map<String, Long> pids = CpuMeter.pids(config.varDir());
      awaitQuiet(pids);
      try (BarePipeline bare =
          new BarePipeline(
              config.kafkaBootstrapServers(),
              config.dynamoDbEndpoint(),
              config.smtpPort(),
              stack::onMailDelivery)) {
        bare.run(10, loadWarmUpSeconds()); // warm-up as long as the stack's, not timed
        Map<String, Double> before = CpuMeter.sample(pids);
        report.bare10 = bare.run(10, seconds);
        report.bareCpu = CpuMeter.between(before, CpuMeter.sample(pids));
        report.bareLoad = CpuMeter.loadAverage();
        say("bare pipeline at 10/s: " + report.bare10.summary());
        say("bare cpu-seconds at 10/s: " + report.bareCpu + " load " + report.bareLoad);
        if (only10) {
          bare.close(); // its consumers leave their groups before the next pipeline joins them
          bareWithoutMail(config, pids, seconds);
          say("10/s over time: " + report.steady10.byRun(100));
          say(
              "10/s by hop: dispatch "
                  + report.split10.toCaptainCalled.summary()
                  + "; auth "
                  + report.split10.toLinkIssued.summary()
                  + "; notification "
                  + report.split10.toMailAccepted.summary());
          say(
              String.format(
                  "cpu per booking at 10/s: stack %.1f ms (%.1f of it the idle stack's), bare"
                      + " pipeline %.1f ms, ratio %.2f",
                  1000 * Report.total(report.pathCpu) / report.pathBookings,
                  Report.idleShareMillis(report.idleStack, report.idleWindowSeconds, 10),
                  1000 * Report.total(report.bareCpu) / report.pathBookings,
                  Report.total(report.pathCpu) / Report.total(report.bareCpu)));
          return; // closes the stack on the way out
        }
        for (int rate : rates("bench.floorRates", "20,40,80,160")) {
          Latencies step = bare.run(rate, STEP_SECONDS);
          report.bareSteps.put(rate, step);
          say(
              "bare pipeline at "
                  + rate
                  + "/s: "
                  + step.summary()
                  + " load "
                  + CpuMeter.loadAverage());
          if (!sustained(step)) {
            break;
          }
        }
        report.bareBurstMillis = bare.burst(burst);
        say(
            "bare pipeline: "
                + burst
                + " simultaneous bookings all through in "
                + report.bareBurstMillis
                + " ms");
      }
    }
    Path out = root.resolve("BENCHMARKS.md");
    report.write(out);
    say("wrote " + out);
    System.exit(0);
  }

  /** The accepts' warm-up, then the timed accepts, each split by hop. */
  private static void acceptPhase(
      LocalStack stack,
      Bookings bookings,
      CallWatcher watcher,
      Stages stages,
      Report report,
      int accepts)
      throws Exception {
    say(
        "accept warm-up: "
            + ACCEPT_WARM_UP
            + " accepts, not timed; each pressed "
            + ACCEPT_READ_MS
            + " ms after the page opened");
    accepts(bookings, watcher, ACCEPT_WARM_UP);
    report.acceptSplit = new AcceptSplit(stages);
    Instant from = Instant.now();
    report.accept = accepts(bookings, watcher, report.acceptSplit, accepts);
    report.gcAccepts = gcPauses(stack, from, Instant.now());
    say("accept -> first crew call: " + report.accept.summary());
    say("accept by hop: " + report.acceptSplit.summary());
    report.gcAccepts.forEach(
        (service, p) -> say("gc during the accepts, " + service + ": " + p.summary()));
  }

  /** Each service's collector pauses that began in [from, to). */
  private static Map<String, GcPauses> gcPauses(LocalStack stack, Instant from, Instant to) {
    Map<String, GcPauses> out = new LinkedHashMap<>();
    stack
        .servicePids()
        .keySet()
        .forEach(
            service -> out.put(service, GcPauses.of(stack.config().logDir(), service, from, to)));
    return out;
  }

  /** The 2/s phase on a stack of its own, at production defaults. */
  private static void phase2(StackConfig production, Report report, int seconds) throws Exception {
    try (LocalStack stack = new LocalStack(production)) {
      stack.start();
      CallWatcher watcher = new CallWatcher(stack);
      Thread.sleep(5_000); // let consumers settle into their groups
      try (Bookings bookings = new Bookings(production.kafkaBootstrapServers());
          Stages stages = new Stages(production.kafkaBootstrapServers())) {
        warmUp(bookings, watcher, 2);
        report.split2 = new StageSplit(stages);
        int seconds2 = Integer.getInteger("bench.seconds2", Math.min(seconds, 20));
        Map<String, Long> pids = CpuMeter.pids(production.varDir());
        Map<String, Double> before = CpuMeter.sample(pids);
        report.steady2 = steady(bookings, watcher, report.split2, 2, seconds2);
        Map<String, Double> cpu2 = CpuMeter.between(before, CpuMeter.sample(pids));
        say("booking -> first call at 2/s (production defaults): " + report.steady2.summary());
        say(
            String.format(
                "cpu at 2/s: %.1f ms per booking in all over %d bookings %s; load %s; service"
                    + " JVM options %s",
                1000
                    * cpu2.values().stream().mapToDouble(Double::doubleValue).sum()
                    / (2.0 * seconds2),
                2 * seconds2,
                cpu2,
                CpuMeter.loadAverage(),
                production.serviceJvmOptions()));
      }
    }
  }

  /**
   * The local stack's configuration with fresh state under {@code var} and exactly {@code
   * overrides} as the services' extra environment (the report prints the same object).
   */
  static StackConfig stackConfig(Path root, Path var, Overrides overrides) throws Exception {
    deleteRecursively(var);
    StackConfig defaults = StackConfig.defaults(root);
    return new StackConfig(
        defaults.root(),
        var,
        defaults.kafkaPort(),
        defaults.kafkaControllerPort(),
        defaults.dynamoDbPort(),
        defaults.smtpPort(),
        defaults.servicePorts(),
        overrides.settings(),
        defaults.serviceJvmOptions());
  }

  /**
   * The bare pipeline as it was until 5 Dec 2026, its last stage stopping at the claim with no call
   * email, on the same warm broker and DynamoDB Local right after the one with it: what the mail
   * hop adds to the floor, in one run.
   */
  private static void bareWithoutMail(StackConfig config, Map<String, Long> pids, int seconds)
      throws Exception {
    try (BarePipeline bare =
        new BarePipeline(config.kafkaBootstrapServers(), config.dynamoDbEndpoint(), 0, null)) {
      bare.run(10, 20); // its new consumers' first fetches, not timed
      Map<String, Double> before = CpuMeter.sample(pids);
      Latencies latencies = bare.run(10, seconds);
      Map<String, Double> cpu = CpuMeter.between(before, CpuMeter.sample(pids));
      say("bare pipeline without its mail hop at 10/s: " + latencies.summary());
      say(
          String.format(
              "bare pipeline without its mail hop: %.1f ms CPU per booking %s",
              1000 * Report.total(cpu) / (10.0 * seconds), cpu));
    }
  }

  /** The warm-up at 10/s, of the stack and of the bare pipeline alike. */
  static int loadWarmUpSeconds() {
    return Integer.getInteger("bench.loadWarmUpSeconds", 240);
  }

  /**
   * Seven JVMs compile their hot paths while the first bookings run; measured before that, the
   * figures would time the JIT compilers competing for the two cores, not the path. 60 s, not 20:
   * after 200 bookings much of a booking's code had not yet reached C1's compile thresholds, and
   * the 10/s phase's first 20 s queued while it compiled (p50 981 ms in its first 10 s, 45–58 ms
   * later; BENCHMARKS.md, 1 Dec). At 10/s, where CPU per booking is measured, 240 s: every JVM's
   * cost per booking fell minute by minute for the first three to four minutes (the whole stack's
   * 140, 114, 91, then 79–87 ms; the broker's and DynamoDB Local's C2 the slowest to settle), so a
   * phase after 60 s measured a JVM still compiling, not the steady state (BENCHMARKS.md, 3 Dec).
   */
  private static void warmUp(Bookings bookings, CallWatcher watcher, int rate) throws Exception {
    int seconds = rate >= 10 ? loadWarmUpSeconds() : Integer.getInteger("bench.warmUpSeconds", 60);
    say("warm-up: " + seconds + " s at " + rate + " bookings/s, not timed");
    steady(bookings, watcher, rate, seconds);
  }

  /** {@code rate} bookings a second for {@code seconds}; latency to each first captain call. */
  static Latencies steady(Bookings bookings, CallWatcher watcher, int rate, int seconds)
      throws Exception {
    return steady(bookings, watcher, null, rate, seconds);
  }

  /** As above; with {@code stages}, also splits each latency into its three hops. */
  static Latencies steady(
      Bookings bookings, CallWatcher watcher, StageSplit stages, int rate, int seconds)
      throws Exception {
    Map<String, Long> sent = new LinkedHashMap<>();
    long intervalNanos = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (int i = 0; i < rate * seconds; i++) {
      long due = start + i * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        // park, never spin: on two cores a spinning load generator takes a core from the system
        java.util.concurrent.locks.LockSupport.parkNanos(wait);
      }
      long[] at = new long[1];
      String vessel = bookings.book(at);
      sent.put(vessel, at[0]);
    }
    Latencies latencies = new Latencies();
    for (var entry : sent.entrySet()) {
      long mailed =
          watcher.await(CallWatcher.Kind.CAPTAIN, entry.getKey(), Duration.ofSeconds(120));
      if (mailed < 0) {
        latencies.miss();
        continue;
      }
      latencies.add(mailed - entry.getValue());
      if (stages != null) {
        stages.add(bookings.charterIdOf(entry.getKey()), entry.getValue(), mailed);
      }
    }
    return latencies;
  }

  static long burst(Bookings bookings, CallWatcher watcher, int count) throws Exception {
    List<String> vessels = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      vessels.add(bookings.book(new long[1]));
    }
    long last = start;
    for (String vessel : vessels) {
      long called = watcher.await(CallWatcher.Kind.CAPTAIN, vessel, Duration.ofSeconds(180));
      if (called < 0) {
        return -1; // not all called within three minutes
      }
      last = Math.max(last, called);
    }
    return (last - start) / 1_000_000;
  }

  /**
   * -Dbench.onlyBurst=true: after the warm-up, the burst alone, with what it cost each JVM per
   * booking and when each hop finished its last charter (a before/after of the path under backlog
   * in about four minutes).
   */
  private static void burstCost(
      Bookings bookings, CallWatcher watcher, Stages stages, Map<String, Long> pids, int count)
      throws Exception {
    Map<String, Double> before = CpuMeter.sample(pids);
    long start = System.nanoTime();
    long millis = burst(bookings, watcher, count);
    Map<String, Double> cpu = CpuMeter.between(before, CpuMeter.sample(pids));
    long dispatched = 0;
    long issued = 0;
    for (String charterId : bookings.charterIds()) {
      Long called = stages.captainCalled(charterId);
      Long linked = stages.linkIssued(charterId);
      if (called != null && called > start) {
        dispatched = Math.max(dispatched, called - start);
      }
      if (linked != null && linked > start) {
        issued = Math.max(issued, linked - start);
      }
    }
    say(
        count
            + " simultaneous bookings all called in "
            + millis
            + " ms; load "
            + CpuMeter.loadAverage());
    say(
        String.format(
            "last CaptainCalled after %d ms, last AcceptLinkIssued after %d ms",
            dispatched / 1_000_000, issued / 1_000_000));
    sayCpu("cpu per booking in the burst (ms):", cpu, count);
    // What the consumers nobody waits on (console, reporting, roster) still had queued when the
    // last call arrived is spent after it: the burst's whole cost is counted until the stack is
    // quiet again.
    long quietAfter = awaitQuiet(pids);
    sayCpu(
        String.format("cpu per booking until quiet, %d ms after the burst (ms):", quietAfter),
        CpuMeter.between(before, CpuMeter.sample(pids)),
        count);
  }

  private static void sayCpu(String title, Map<String, Double> cpu, int count) {
    StringBuilder rows = new StringBuilder(title);
    double total = 0;
    for (var jvm : new java.util.TreeMap<>(cpu).entrySet()) {
      rows.append(String.format(" %s %.1f;", jvm.getKey(), 1000 * jvm.getValue() / count));
      total += jvm.getValue();
    }
    say(rows + String.format(" total %.1f", 1000 * total / count));
  }

  /** How long the idle stack is measured before the bare pipeline's timed run. */
  static final long IDLE_WINDOW_SECONDS = 30;

  /** What every JVM spends over {@code seconds} once quiet, with nothing booked. */
  private static Map<String, Double> idleCpu(Map<String, Long> pids, long seconds)
      throws InterruptedException {
    awaitQuiet(pids);
    Map<String, Double> before = CpuMeter.sample(pids);
    Thread.sleep(seconds * 1000);
    return CpuMeter.between(before, CpuMeter.sample(pids));
  }

  /** The longest {@link #awaitQuiet} waits. */
  static final Duration QUIET_LIMIT = Duration.ofMinutes(2);

  /**
   * Waits until the JVMs together use under a quarter of a core for two seconds running (idle, they
   * use a few hundredths: pollers, heartbeats), at most {@link #QUIET_LIMIT}; returns how long it
   * took.
   */
  private static long awaitQuiet(Map<String, Long> pids) throws InterruptedException {
    long start = System.nanoTime();
    int quietSeconds = 0;
    Map<String, Double> last = CpuMeter.sample(pids);
    while (quietSeconds < 2 && System.nanoTime() - start < QUIET_LIMIT.toNanos()) {
      Thread.sleep(1000);
      Map<String, Double> now = CpuMeter.sample(pids);
      double used = CpuMeter.between(last, now).values().stream().mapToDouble(d -> d).sum();
      quietSeconds = used < 0.25 ? quietSeconds + 1 : 0;
      last = now;
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** The captain opens the link (not timed), then presses Accept: timed to the first crew call. */
  static Latencies accepts(Bookings bookings, CallWatcher watcher, int count) throws Exception {
    return accepts(bookings, watcher, null, count);
  }

  /** As above; with {@code split}, also splits each latency into the accept path's hops. */
  static Latencies accepts(Bookings bookings, CallWatcher watcher, AcceptSplit split, int count)
      throws Exception {
    Latencies latencies = new Latencies();
    CrewBrowser browser = new CrewBrowser();
    for (int i = 0; i < count; i++) {
      String vessel = bookings.book(new long[1]);
      if (watcher.await(CallWatcher.Kind.CAPTAIN, vessel, Duration.ofSeconds(60)) < 0) {
        latencies.miss();
        continue;
      }
      String url = watcher.acceptUrl(vessel);
      var form = browser.preparePress(url);
      if (ACCEPT_READ_MS > 0) {
        Thread.sleep(ACCEPT_READ_MS);
      }
      long pressed = System.nanoTime();
      var page = form.submit();
      long answered = System.nanoTime();
      if (page.statusCode() != 200) {
        throw new IllegalStateException("accept answered " + page.statusCode());
      }
      long crewCalled = watcher.await(CallWatcher.Kind.CREW, vessel, Duration.ofSeconds(60));
      if (crewCalled < 0) {
        latencies.miss();
      } else {
        latencies.add(crewCalled - pressed);
        if (split != null) {
          split.add(bookings.charterIdOf(vessel), pressed, answered, crewCalled);
        }
      }
    }
    return latencies;
  }

  private static Map<String, long[]> footprint(LocalStack stack) {
    Map<String, long[]> out = new LinkedHashMap<>();
    stack
        .servicePids()
        .forEach(
            (name, pid) ->
                out.put(
                    name,
                    new long[] {
                      Footprint.rssMegabytes(pid),
                      Footprint.heapUsedMegabytes(stack.config().managementUrl(name))
                    }));
    return out;
  }

  private static void deleteRecursively(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  static void say(String message) {
    System.out.println("bench: " + message);
  }
}
