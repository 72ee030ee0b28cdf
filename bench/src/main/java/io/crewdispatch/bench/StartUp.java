package io.crewdispatch.bench;

import io.crewdispatch.localstack.LocalStack;
import io.crewdispatch.localstack.StackConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Start-up to ready and idle footprint of all services, started exactly as {@code ./run-local}
 * starts them ({@link LocalStack}: the five side by side; the console with them, or on the first
 * start once auth-service has written its secret), with the launcher's JVM options ({@code
 * LOCAL_SERVICE_JAVA_OPTS}, else its default) and class data sharing ({@code LOCAL_SERVICE_CDS}, on
 * unless {@code false}). With sharing on it starts the stack twice on the same state: the first
 * start makes the archives (its training time is printed apart), the second is the start every
 * later {@code ./run-local} gets. Each start prints per service the time to ready and the CPU it
 * spent until then (which a busy machine inflates less than wall time), then RSS ({@code
 * /proc/<pid>/status} VmRSS) and heap in use after 30 s idle. Run: {@code java -cp
 * "bench/target/classes:$(cat bench/target/classpath.txt)" io.crewdispatch.bench.StartUp}.
 */
public final class StartUp {

  private static final long IDLE_MILLIS = 30_000;

  private StartUp() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of("").toAbsolutePath();
    Path var = root.resolve("bench").resolve("target").resolve("bench-var").resolve("startup");
    boolean sharing = !"false".equals(System.getenv().getOrDefault("LOCAL_SERVICE_CDS", "true"));
    StackConfig config = Bench.stackConfig(root, var, Overrides.LOAD).withClassDataSharing(sharing);
    System.out.println(
        "startup: service JVM options: "
            + String.join(" ", config.serviceJvmOptions())
            + "; class data sharing "
            + (sharing ? "on" : "off")
            + "; java "
            + System.getProperty("java.version"));
    measure(config, sharing ? "first start (makes the archives)" : "start");
    if (sharing) {
      measure(config, "second start (from the archives)");
    }
    System.exit(0);
  }

  private static void measure(StackConfig config, String label) throws Exception {
    String loadAtLaunch = CpuMeter.loadAverage();
    try (LocalStack stack = new LocalStack(config)) {
      stack.start();
      String loadAtReady = CpuMeter.loadAverage();
      Map<String, Long> pids = stack.servicePids();
      Map<String, Double> readyCpu = CpuMeter.sample(pids);
      Thread.sleep(IDLE_MILLIS); // idle: nothing booked
      Map<String, long[]> idle = new LinkedHashMap<>();
      pids.forEach(
          (service, pid) ->
              idle.put(
                  service,
                  new long[] {
                    Footprint.rssMegabytes(pid),
                    Footprint.heapUsedMegabytes(config.managementUrl(service)),
                    Footprint.classesLoaded(config.managementUrl(service))
                  }));
      System.out.println("\nstartup: " + label);
      System.out.print(Report.startUpTable(stack.serviceStartupMillis(), readyCpu, idle));
      double cpu = readyCpu.values().stream().mapToDouble(Double::doubleValue).sum();
      long maxRss = idle.values().stream().mapToLong(v -> v[0]).max().orElse(-1);
      System.out.printf(
          "startup: %s: services ready %d ms after launch (training runs before it: %d ms);"
              + " %.1f CPU-s to ready in all; largest RSS idle %d MB; load at launch %s, at ready"
              + " %s, after idle %s%n",
          label,
          stack.servicesReadyMillis(),
          stack.classDataMillis(),
          cpu,
          maxRss,
          loadAtLaunch,
          loadAtReady,
          CpuMeter.loadAverage());
    }
  }
}
