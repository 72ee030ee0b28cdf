package io.crewdispatch.roster.member.domain;

import io.crewdispatch.roster.sheet.domain.Tab;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one month tab: Crew ID | Name | Paired Captain | 1 | 2 | ... (any order). */
final class MonthTab {

  private static final Map<String, List<String>> ALIASES =
      Map.of(
          "id", List.of("crewid", "id"),
          "name", List.of("name", "fullname"),
          "paired", List.of("pairedcaptain", "captain", "pairedwith"));

  private MonthTab() {}

  static MonthTabReading read(Tab raw, YearMonth month, RosterTabReading roster) {
    Tab tab = raw.unmerged();
    MonthTabReadingBuilder out = new MonthTabReadingBuilder(month);
    Optional<Headers> found =
        Headers.find(tab, ALIASES, Set.of("id"))
            .or(() -> Headers.find(tab, ALIASES, Set.of("name")));
    if (found.isEmpty()) {
      out.reject(new Rejection(tab.name(), 1, "", "no header row with Crew ID or Name"));
      return out.build();
    }
    Headers headers = found.get();
    Map<Integer, Integer> dayColumns = dayColumns(tab, headers, month, out);
    Map<String, Integer> seen = new HashMap<>();
    for (int r = headers.row() + 1; r < tab.rowCount(); r++) {
      MonthRow row = new MonthRow(tab, r, headers, dayColumns, month);
      if (row.isEmpty()) {
        continue;
      }
      Optional<String> member = row.member(roster, out);
      if (member.isEmpty()) {
        continue;
      }
      Integer first = seen.putIfAbsent(member.get(), r + 1);
      if (first != null) {
        out.reject(row.reject(member.get() + " already has a row (" + first + ") in this tab"));
        continue;
      }
      row.readDays(member.get(), out);
      if (!roster.isCaptain(member.get())) {
        row.readPairing(member.get(), roster, out);
      }
    }
    return out.build();
  }

  private static Map<Integer, Integer> dayColumns(
      Tab tab, Headers headers, YearMonth month, MonthTabReadingBuilder out) {
    Map<Integer, Integer> columns = new LinkedHashMap<>();
    Set<Integer> named = new HashSet<>(headers.columns().values());
    Set<Integer> days = new HashSet<>();
    for (int c = 0; c < tab.width(headers.row()); c++) {
      Object header = tab.value(headers.row(), c);
      int day = named.contains(c) ? DayCell.NOT_A_DAY : DayCell.dayNumber(header, month);
      if (day == DayCell.NOT_A_DAY) {
        continue;
      }
      String label = CellText.text(header);
      if (day < 1 || day > month.lengthOfMonth()) {
        out.reject(
            new Rejection(
                tab.name(),
                headers.row() + 1,
                label,
                MonthTabName.of(month) + " has no day " + label));
      } else if (!days.add(day)) {
        out.reject(
            new Rejection(tab.name(), headers.row() + 1, label, "day " + day + " appears twice"));
      } else {
        columns.put(c, day);
      }
    }
    return columns;
  }

  /** Collects one tab's findings. */
  static final class MonthTabReadingBuilder {
    final YearMonth month;
    final Map<String, Map<java.time.LocalDate, DayAvailability>> days = new HashMap<>();
    final Map<String, Set<java.time.LocalDate>> keptDays = new HashMap<>();
    final Map<String, String> pairings = new HashMap<>();
    final Set<String> keptPairings = new HashSet<>();
    final List<Rejection> rejections = new ArrayList<>();

    MonthTabReadingBuilder(YearMonth month) {
      this.month = month;
    }

    void reject(Rejection rejection) {
      rejections.add(rejection);
    }

    MonthTabReading build() {
      return new MonthTabReading(month, days, keptDays, pairings, keptPairings, rejections);
    }
  }
}
