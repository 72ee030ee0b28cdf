package io.crewdispatch.console;

import io.crewdispatch.console.support.TestAuthServer;
import io.crewdispatch.testsupport.Infrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The packaged console in its own JVM, as ./run-local starts it, on the benchmark's broker and
 * DynamoDB Local (its own table prefix and consumer group): its footprint read from /proc, where
 * the in-test console shares a JVM with the broker and DynamoDB Local.
 */
final class ConsoleProcess implements AutoCloseable {

  private final Process process;
  private final long pageSize = 4096;

  private ConsoleProcess(Process process) {
    this.process = process;
  }

  static ConsoleProcess start(Path jar, String javaOptions) throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    int management = Infrastructure.freePort();
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(List.of(javaOptions.trim().split("\\s+")));
    command.addAll(List.of("-jar", jar.toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(Files.createTempFile("console-footprint", ".log").toFile());
    builder
        .environment()
        .putAll(
            Map.of(
                "SERVER_PORT", String.valueOf(Infrastructure.freePort()),
                "MANAGEMENT_PORT", String.valueOf(management),
                "KAFKA_BOOTSTRAP_SERVERS", Infrastructure.kafkaBootstrapServers(),
                "DYNAMODB_ENDPOINT", Infrastructure.dynamoDbEndpoint().toString(),
                "TABLE_PREFIX", "footprint-" + run + "-",
                "CONSOLE_GROUP_ID", "footprint-" + run,
                "AUTH_ISSUER", TestAuthServer.get().issuer(),
                "AWS_ACCESS_KEY_ID", "local",
                "AWS_SECRET_ACCESS_KEY", "local"));
    ConsoleProcess console = new ConsoleProcess(builder.start());
    HttpClient http = HttpClient.newHttpClient();
    URI health = URI.create("http://localhost:" + management + "/actuator/health/readiness");
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (true) {
      try {
        if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString())
            .body()
            .contains("UP")) {
          return console;
        }
      } catch (java.io.IOException notYet) {
        // still starting
      }
      if (System.nanoTime() > deadline || !console.process.isAlive()) {
        console.close();
        throw new IllegalStateException("the packaged console did not become ready");
      }
      Thread.sleep(500);
    }
  }

  /** Resident set size, MB (/proc/pid/status VmRSS). */
  long rssMb() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc", pid(), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    throw new IllegalStateException("no VmRSS");
  }

  /** CPU time used so far, ms (/proc/pid/stat utime + stime, all threads, GC included). */
  long cpuMillis() throws Exception {
    String stat = Files.readString(Path.of("/proc", pid(), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks * 1000 / 100; // USER_HZ is 100 on Linux
  }

  private String pid() {
    return String.valueOf(process.pid());
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
