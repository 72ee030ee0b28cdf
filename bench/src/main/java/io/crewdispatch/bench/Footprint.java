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
    try {
      String metrics = HTTP.get(managementUrl + "/actuator/prometheus", "text/plain").body();
      double bytes =
          metrics
              .lines()
              .filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
              .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
              .sum();
      return (long) (bytes / (1024 * 1024));
    } catch (Exception e) {
      return -1;
    }
  }
}
