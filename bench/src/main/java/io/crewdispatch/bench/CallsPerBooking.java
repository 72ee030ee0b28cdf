package io.crewdispatch.bench;

import io.crewdispatch.localstack.LocalStack;
import io.crewdispatch.localstack.StackConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * DynamoDB calls per booking, per service: a figure no machine's speed can change. Starts the
 * bench's 10/s stack with the platform's operation log recording every call, books at 10/s for
 * {@code bench.seconds} (after {@code bench.warmUpSeconds} untimed), and divides the calls each
 * service made in that time by the bookings. The services' idle polling in that time is counted in,
 * as in production. A run of its own, because logging every call costs CPU the cost phases must not
 * carry: {@code BENCH_MAIN=CallsPerBooking ./run-bench}.
 */
public final class CallsPerBooking {

  private CallsPerBooking() {}

  public static void main(String[] args) throws Exception {
    int seconds = Integer.getInteger("bench.seconds", 30);
    int warmUp = Integer.getInteger("bench.warmUpSeconds", 10);
    Path root = Path.of("").toAbsolutePath();
    Path var = root.resolve("bench").resolve("target").resolve("bench-var").resolve("calls");
    Path log = var.resolveSibling("calls-oplog");
    deleteAll(log);
    Overrides overrides =
        Overrides.LOAD
            .with(
                "CREWDISPATCH_PLATFORM_DYNAMODB_OPERATIONLOGDIR",
                log.toString(),
                "every DynamoDB call logged, to be counted")
            .with(
                "CREWDISPATCH_PLATFORM_DYNAMODB_OPERATIONLOGEVERYCALL",
                "true",
                "every call, not each kind once");
    StackConfig config = Bench.stackConfig(root, var, overrides);
    try (LocalStack stack = new LocalStack(config)) {
      stack.start();
      count(stack, config, log, warmUp, seconds);
    }
    System.exit(0);
  }

  private static void count(LocalStack stack, StackConfig config, Path log, int warmUp, int seconds)
      throws Exception {
    try (Bookings bookings = new Bookings(config.kafkaBootstrapServers())) {
      CallWatcher watcher = new CallWatcher(stack);
      Thread.sleep(5_000); // let consumers settle into their groups
      Bench.steady(bookings, watcher, 10, warmUp);
      Thread.sleep(5_000); // the warm-up's last notices
      Map<String, Long> before = lines(log);
      Latencies steady = Bench.steady(bookings, watcher, 10, seconds);
      Thread.sleep(5_000); // the measured bookings' last notices, as the warm-up's above
      Map<String, Long> after = lines(log);
      int booked = 10 * seconds;
      Bench.say("booking -> first call at 10/s (every call logged): " + steady.summary());
      System.out.printf(
          "DynamoDB calls per booking at 10/s (%d bookings, %d s, idle polling included;"
              + " a transaction counts once per distinct item action)%n",
          booked, seconds + 5);
      System.out.println("| service | calls per booking |");
      System.out.println("|---|---:|");
      double total = 0;
      for (var service : after.entrySet()) {
        double perBooking =
            (service.getValue() - before.getOrDefault(service.getKey(), 0L)) / (double) booked;
        total += perBooking;
        System.out.printf("| %s | %.1f |%n", service.getKey(), perBooking);
      }
      System.out.printf("| **total** | **%.1f** |%n", total);
    }
  }

  private static Map<String, Long> lines(Path dir) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return counts;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        try (Stream<String> lines = Files.lines(file)) {
          counts.put(file.getFileName().toString().replace(".txt", ""), lines.count());
        }
      }
    }
    return counts;
  }

  private static void deleteAll(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
