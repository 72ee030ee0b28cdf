package io.crewdispatch.bench;

import io.crewdispatch.localstack.LocalStack;
import io.crewdispatch.localstack.StackConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up to ready and idle footprint of all services launched at once, with the JVM options under
 * test ({@code LOCAL_SERVICE_JAVA_OPTS}, else the launcher's default): the infrastructure is
 * started by the local stack with no services, then each service's jar is launched here exactly as
 * the launcher does, so this can wait longer than the launcher's four minutes on a busy machine and
 * note the CPU each JVM spent until its readiness probe answered. Run: {@code java -cp
 * "bench/target/classes:$(cat bench/target/classpath.txt)" io.crewdispatch.bench.StartUp}.
 */
public final class StartUp {

  private StartUp() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of("").toAbsolutePath();
    Path var = root.resolve("bench").resolve("target").resolve("bench-var").resolve("startup");
    StackConfig config = Bench.stackConfig(root, var, Overrides.LOAD);
    StackConfig infraOnly =
        new StackConfig(
            config.root(),
            config.varDir(),
            config.kafkaPort(),
            config.kafkaControllerPort(),
            config.dynamoDbPort(),
            config.smtpPort(),
            Map.of(),
            config.extraEnv(),
            config.serviceJvmOptions(),
            Map.of());
    List<String> options = config.serviceJvmOptions();
    System.out.println("startup: service JVM options: " + String.join(" ", options));
    try (LocalStack infra = new LocalStack(infraOnly)) {
      infra.start();
      Map<String, Process> running = new LinkedHashMap<>();
      Map<String, Long> readyMillis = new LinkedHashMap<>();
      Map<String, Double> readyCpu = new LinkedHashMap<>();
      String loadAtLaunch = CpuMeter.loadAverage();
      long launched = System.nanoTime();
      try {
        for (String service : config.services()) {
          running.put(service, launch(config, service, options));
        }
        long deadline =
            launched + Duration.ofMinutes(Long.getLong("bench.startupMinutes", 12)).toNanos();
        while (readyMillis.size() < running.size() && System.nanoTime() < deadline) {
          for (var entry : running.entrySet()) {
            String service = entry.getKey();
            if (!readyMillis.containsKey(service) && ready(config, service)) {
              readyCpu.put(service, CpuMeter.cpuSeconds(entry.getValue().pid()));
              readyMillis.put(service, (System.nanoTime() - launched) / 1_000_000);
            }
            if (!entry.getValue().isAlive()) {
              throw new IllegalStateException(service + " exited; see " + config.logDir());
            }
          }
          Thread.sleep(200);
        }
        int readyCount = readyMillis.size();
        // not ready by the deadline: -1 ms, and the CPU spent so far (a lower bound)
        running.forEach(
            (service, process) -> {
              if (!readyMillis.containsKey(service)) {
                readyMillis.put(service, -1L);
                readyCpu.put(service, CpuMeter.cpuSeconds(process.pid()));
              }
            });
        String loadAtReady = CpuMeter.loadAverage();
        Thread.sleep(15_000); // idle: start-up garbage collected, nothing booked
        Map<String, long[]> idle = new LinkedHashMap<>();
        running.forEach(
            (service, process) ->
                idle.put(
                    service,
                    new long[] {
                      Footprint.rssMegabytes(process.pid()),
                      Footprint.heapUsedMegabytes(config.managementUrl(service))
                    }));
        System.out.print(Report.startUpTable(readyMillis, readyCpu, idle));
        double cpu = readyCpu.values().stream().mapToDouble(Double::doubleValue).sum();
        long last = readyMillis.values().stream().mapToLong(Long::longValue).max().orElse(-1);
        System.out.printf(
            "startup: all %d ready after %d ms (%s); %.1f CPU-s in all, %.1f s of two idle cores;"
                + " load at launch %s, at ready %s; java %s%n",
            readyCount,
            last,
            readyCount == running.size() ? "all" : "NOT all within the deadline",
            cpu,
            cpu / 2,
            loadAtLaunch,
            loadAtReady,
            System.getProperty("java.version"));
      } finally {
        running.values().forEach(Process::destroy);
        for (Process p : running.values()) {
          if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
          }
        }
      }
    }
    System.exit(0);
  }

  private static Process launch(StackConfig config, String service, List<String> options)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    Path jar = config.root().resolve(service).resolve("target").resolve(service + ".jar");
    command.addAll(Arrays.asList("-jar", jar.toString(), "--spring.profiles.active=local"));
    Path log = config.logDir().resolve(service + ".log");
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(config.root().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(config.serviceEnvironment(service));
    return builder.start();
  }

  private static boolean ready(StackConfig config, String service) {
    try {
      return HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(config.managementUrl(service) + "/actuator/health/readiness"))
                      .timeout(Duration.ofSeconds(2))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (Exception notYet) {
      return false;
    }
  }
}
