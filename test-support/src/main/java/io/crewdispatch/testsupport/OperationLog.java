package io.crewdispatch.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The platform's DynamoDB operation log as a test reads it (one line per call, {@code
 * crewdispatch.platform.dynamodb.operation-log-dir}): a test counts the lines its step added.
 */
public final class OperationLog {

  private OperationLog() {}

  public static List<String> lines(Path log) {
    try {
      return Files.exists(log) ? Files.readAllLines(log) : List.of();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Waits until no {@code counted} line has been logged for 700 ms (another step's consumers at
   * work; pollers and health checks, which are not counted, go on all the time), then returns the
   * log's length: where a step's count starts or ends.
   */
  public static int quiet(Path log, Predicate<String> counted) {
    int[] seen = {-1};
    long[] since = {System.nanoTime()};
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              int now = (int) lines(log).stream().filter(counted).count();
              if (now != seen[0]) {
                seen[0] = now;
                since[0] = System.nanoTime();
                return false;
              }
              return System.nanoTime() - since[0] > Duration.ofMillis(700).toNanos();
            });
    return lines(log).size();
  }
}
