package io.crewdispatch.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * DESIGN.md: no personal data in logs beyond crew IDs. After a run of the whole stack, looks in
 * every log it wrote for what the roster says of each person — the name, the address, the phone
 * number as the office typed it and as E.164 — and for the office's own addresses.
 */
public final class PersonalDataInLogs {

  private PersonalDataInLogs() {}

  /** Every log line naming someone, as "file: what it names: the line"; none is the rule. */
  public static List<String> find(Path rosterWorkbook, Path logs, String... alsoPersonal)
      throws Exception {
    Set<String> personal = new LinkedHashSet<>(List.of(alsoPersonal));
    personal.addAll(fromRoster(rosterWorkbook));
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(logs)) {
      List<Path> read = files.filter(f -> f.toString().endsWith(".log")).sorted().toList();
      if (read.isEmpty()) {
        throw new AssertionError("no log to look in under " + logs); // else it would pass unread
      }
      for (Path log : read) {
        for (String line : lines(log)) {
          String lower = line.toLowerCase(Locale.ROOT);
          for (String term : personal) {
            if (lower.contains(term.toLowerCase(Locale.ROOT))) {
              found.add(log.getFileName() + ": " + term + ": " + line);
            }
          }
        }
      }
    }
    return found;
  }

  /** Name, Email and Phone (typed, and in E.164) of every row of the Roster tab. */
  static Set<String> fromRoster(Path rosterWorkbook) throws Exception {
    List<List<String>> rows = new Workbook(rosterWorkbook).rows("Roster");
    if (rows.size() < 2) {
      throw new AssertionError("no people on the Roster tab of " + rosterWorkbook);
    }
    List<String> header = rows.get(0);
    Set<String> terms = new LinkedHashSet<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      for (String column : List.of("Name", "Email", "Phone")) {
        int i = header.indexOf(column);
        String value = i >= 0 && i < row.size() ? row.get(i).trim() : "";
        if (value.length() >= 5) {
          terms.add(value);
          if (column.equals("Phone")) {
            terms.add("+" + value.replaceAll("[^0-9]", "")); // as SMS sends it
          }
        }
      }
    }
    return terms;
  }

  private static List<String> lines(Path log) throws IOException {
    // A log may end mid-write, or hold a stray byte: read it leniently, never fail on encoding.
    return List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n"));
  }
}
