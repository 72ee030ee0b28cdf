package io.crewdispatch.bench;

import io.crewdispatch.localstack.drive.Http;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory from /proc and heap in use from each service's own metrics. */
final class Footprint {

  private static final Http HTTP = new Http();

  private Footprint() {}

  static long rssMegabytes(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (Exception e) {
      return -1;
    }
    return -1;
  }

  static long heapUsedMegabytes(String managementUrl) {
    return (long)
        (metric(managementUrl, "jvm_memory_used_bytes{", "area=\"heap\"") / (1024 * 1024));
  }

  /** Classes the JVM has loaded and not unloaded (from the archive or not), as it reports them. */
  static long classesLoaded(String managementUrl) {
    return (long) metric(managementUrl, "jvm_classes_loaded_classes", "");
  }

  /** The sum of the samples of one Prometheus metric whose line also contains {@code label}. */
  private static double metric(String managementUrl, String prefix, String label) {
    try {
      String metrics = HTTP.get(managementUrl + "/actuator/prometheus", "text/plain").body();
      return metrics
          .lines()
          .filter(l -> l.startsWith(prefix) && l.contains(label))
          .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
          .sum();
    } catch (Exception e) {
      return -1;
    }
  }
}
