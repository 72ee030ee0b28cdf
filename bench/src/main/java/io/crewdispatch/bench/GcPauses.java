package io.crewdispatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service's stop-the-world collector pauses in a phase, read from the log the launcher has each
 * service write ({@code -Xlog:gc} with the wall clock, local-stack's {@code ServiceProcess}). A
 * pause stops every hop through that JVM, so a phase's p99 can be a pause rather than the path.
 * Every kind of pause counts (Serial's young and full ones, G1's remark and cleanup too).
 */
record GcPauses(int count, double totalMillis, double maxMillis, int full, double fullMillis) {

  private static final Pattern PAUSE =
      Pattern.compile("^\\[([^\\]]+)\\].*\\bPause (\\w+)\\b.* ([0-9.]+)ms$");
  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  static final GcPauses NONE = new GcPauses(0, 0, 0, 0, 0);

  /** The pauses of {@code service} that began in [from, to), from its log and rotated logs. */
  static GcPauses of(Path logDir, String service, Instant from, Instant to) {
    String name = service + "-gc.log";
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(logDir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name)).toList()) {
        lines.addAll(Files.readAllLines(file));
      }
    } catch (IOException e) {
      return NONE; // no log (a service started without the launcher): nothing to report
    }
    return parse(lines, from, to);
  }

  static GcPauses parse(List<String> lines, Instant from, Instant to) {
    int count = 0;
    int full = 0;
    double total = 0;
    double max = 0;
    double fullTotal = 0;
    for (String line : lines) {
      Matcher m = PAUSE.matcher(line);
      if (!m.find()) {
        continue;
      }
      Instant at;
      try {
        at = OffsetDateTime.parse(m.group(1), UTC_TIME).toInstant();
      } catch (DateTimeParseException notStamped) {
        continue;
      }
      if (at.isBefore(from) || !at.isBefore(to)) {
        continue;
      }
      double millis = Double.parseDouble(m.group(3));
      count++;
      total += millis;
      max = Math.max(max, millis);
      if (m.group(2).equals("Full")) {
        full++;
        fullTotal += millis;
      }
    }
    return new GcPauses(count, total, max, full, fullTotal);
  }

  String summary() {
    return String.format(
        "%d pauses, %.0f ms in all, longest %.0f ms; %d full (%.0f ms)",
        count, totalMillis, maxMillis, full, fullMillis);
  }
}
