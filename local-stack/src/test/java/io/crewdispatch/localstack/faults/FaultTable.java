package io.crewdispatch.localstack.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The suite's result: one row per fault, printed and written as Markdown. */
final class FaultTable {

  /**
   * What one fault left behind.
   *
   * @param duplicates mail deliveries repeating an earlier one (Message-ID or subject), apart from
   *     {@code resentInKillWindow}
   * @param resentInKillWindow the same Message-ID again, its first copy accepted by the SMTP server
   *     less than {@link FaultSuiteIT#KILL_WINDOW} before the sender was killed: the window
   *     notification-service's README states
   * @param lost events a charter lacks compared with a charter no fault touched
   * @param deadLettered EventDeadLettered reports (distinct eventIds) while the fault ran
   * @param alerts lines naming those records in the office's dead-letter digests
   */
  record Row(
      String fault,
      int charters,
      int staffed,
      int duplicates,
      int resentInKillWindow,
      int lost,
      int deadLettered,
      int alerts,
      long seconds) {}

  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  synchronized void add(Row row) {
    rows.removeIf(r -> r.fault().equals(row.fault()));
    rows.add(row);
  }

  synchronized List<Row> rows() {
    return List.copyOf(rows);
  }

  synchronized void note(String note) {
    notes.add(note);
  }

  synchronized String markdown() {
    StringBuilder out =
        new StringBuilder(
            "| fault | charters | staffed | duplicates | resent in kill window | lost"
                + " | dead-lettered | alerts | seconds |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      out.append(
          String.format(
              "| %s | %d | %d | %d | %d | %d | %d | %d | %d |%n",
              r.fault(),
              r.charters(),
              r.staffed(),
              r.duplicates(),
              r.resentInKillWindow(),
              r.lost(),
              r.deadLettered(),
              r.alerts(),
              r.seconds()));
    }
    if (!notes.isEmpty()) {
      out.append('\n');
      notes.forEach(n -> out.append("- ").append(n).append('\n'));
    }
    return out.toString();
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# Fault suite\n\n" + markdown());
  }
}
