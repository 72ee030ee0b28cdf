package io.crewdispatch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went, from the recordings {@code LOCAL_STACK_JFR_DIR} leaves (one per JVM): each
 * JVM's share of the machine while the machine was saturated, and what its samples were busy with,
 * after the first 90 s of start-up ({@code -Djfr.skipSeconds}).
 *
 * <pre>java -cp bench/target/classes io.crewdispatch.bench.JfrSummary /tmp/jfr/*.jfr</pre>
 */
public final class JfrSummary {

  /** Machine load from which the machine counts as saturated. */
  private static final double SATURATED = 0.8;

  /**
   * Left out at the start of each recording: all JVMs starting at once saturate the machine too,
   * with a different mix; start-up is measured separately (time to ready).
   */
  private static final Duration START_UP = Duration.ofSeconds(Long.getLong("jfr.skipSeconds", 90));

  /** Code a sample can be busy in: the first frame prefix found anywhere in its stack counts. */
  private static final Map<String, String> GROUPS = groups();

  private JfrSummary() {}

  public static void main(String[] args) throws IOException {
    System.out.println(
        "jvm | share of both cores while saturated | samples | "
            + String.join(" | ", GROUPS.keySet())
            + " | busiest frames (self)");
    for (String file : args) {
      System.out.println(summarize(Path.of(file)));
    }
  }

  private static String summarize(Path file) throws IOException {
    double cpu = 0;
    int cpuEvents = 0;
    int samples = 0;
    Map<String, Integer> inGroup = new HashMap<>();
    Map<String, Integer> self = new HashMap<>();
    List<RecordedEvent> events = RecordingFile.readAllEvents(file);
    Instant from =
        events.stream()
            .map(RecordedEvent::getStartTime)
            .min(Instant::compareTo)
            .orElse(Instant.MIN);
    Instant measuredFrom = from.equals(Instant.MIN) ? from : from.plus(START_UP);
    for (RecordedEvent event : events) {
      if (event.getStartTime().isBefore(measuredFrom)) {
        continue;
      }
      String type = event.getEventType().getName();
      if (type.equals("jdk.CPULoad") && event.getFloat("machineTotal") >= SATURATED) {
        cpu += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
        cpuEvents++;
      } else if (type.equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        if (frames.isEmpty()) {
          continue;
        }
        samples++;
        self.merge(name(frames.get(0)), 1, Integer::sum);
        GROUPS.forEach(
            (group, prefix) -> {
              if (frames.stream().anyMatch(f -> name(f).startsWith(prefix))) {
                inGroup.merge(group, 1, Integer::sum);
              }
            });
      }
    }
    StringBuilder line = new StringBuilder(file.getFileName().toString().replace(".jfr", ""));
    line.append(" | ").append(cpuEvents == 0 ? "-" : percent(cpu / cpuEvents, 1));
    line.append(" | ").append(samples);
    for (String group : GROUPS.keySet()) {
      line.append(" | ").append(percent(inGroup.getOrDefault(group, 0), samples));
    }
    line.append(" | ");
    int all = samples;
    self.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(3)
        .forEach(
            e ->
                line.append(e.getKey())
                    .append(' ')
                    .append(percent(e.getValue(), all))
                    .append("; "));
    return line.toString();
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static String percent(double part, double whole) {
    return whole == 0 ? "-" : String.format("%.0f %%", 100 * part / whole);
  }

  private static Map<String, String> groups() {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put("ours", "io.crewdispatch.");
    groups.put("AWS SDK", "software.amazon.awssdk.");
    groups.put("Kafka client", "org.apache.kafka.clients.");
    groups.put("Jakarta Mail", "jakarta.mail.");
    groups.put("logging", "ch.qos.logback.");
    return groups;
  }
}
