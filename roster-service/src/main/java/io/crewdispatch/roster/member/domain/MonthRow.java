package io.crewdispatch.roster.member.domain;

import io.crewdispatch.roster.sheet.domain.Tab;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;

/** One member's row in a month tab. */
final class MonthRow {

  private final Tab tab;
  private final int row;
  private final Headers headers;
  private final Map<Integer, Integer> dayColumns;
  private final YearMonth month;

  MonthRow(Tab tab, int row, Headers headers, Map<Integer, Integer> dayColumns, YearMonth month) {
    this.tab = tab;
    this.row = row;
    this.headers = headers;
    this.dayColumns = dayColumns;
    this.month = month;
  }

  boolean isEmpty() {
    if (!text("id").isEmpty() || !text("name").isEmpty()) {
      return false;
    }
    return dayColumns.keySet().stream().allMatch(c -> CellText.isBlank(tab.value(row, c)));
  }

  /** Whose row this is, by Crew ID or else by name; reports a row that names no one known. */
  Optional<String> member(RosterTabReading roster, MonthTab.MonthTabReadingBuilder out) {
    String id = text("id");
    if (!id.isEmpty()) {
      Optional<String> known = roster.resolve(id);
      if (known.isEmpty()) {
        out.reject(reject("id", "Crew ID " + id + " is not on the Roster tab"));
      }
      return known;
    }
    String name = text("name");
    Optional<String> known = name.isEmpty() ? Optional.empty() : roster.resolve(name);
    if (known.isEmpty()) {
      out.reject(
          reject(
              headers.has("id") ? "id" : "name",
              name.isEmpty()
                  ? "no Crew ID or Name on this row"
                  : "'" + name + "' matches no one on the Roster tab: add their Crew ID"));
    }
    return known;
  }

  void readDays(String crewId, MonthTab.MonthTabReadingBuilder out) {
    for (var column : dayColumns.entrySet()) {
      var date = month.atDay(column.getValue());
      try {
        DayCell.availability(tab.value(row, column.getKey()))
            .ifPresent(a -> out.days.computeIfAbsent(crewId, k -> new HashMap<>()).put(date, a));
      } catch (IllegalArgumentException unreadable) {
        out.keptDays.computeIfAbsent(crewId, k -> new HashSet<>()).add(date);
        out.reject(
            new Rejection(
                tab.name(),
                row + 1,
                CellText.text(tab.value(headers.row(), column.getKey())),
                unreadable.getMessage()));
      }
    }
  }

  void readPairing(String crewId, RosterTabReading roster, MonthTab.MonthTabReadingBuilder out) {
    String captain = text("paired");
    if (captain.isEmpty()) {
      return;
    }
    Optional<String> captainId = roster.resolve(captain).filter(roster::isCaptain);
    if (captainId.isPresent()) {
      out.pairings.put(crewId, captainId.get());
    } else {
      out.keptPairings.add(crewId);
      out.reject(
          reject("paired", "Paired Captain " + captain + " is not a captain on the Roster tab"));
    }
  }

  Rejection reject(String reason) {
    return reject(headers.has("id") ? "id" : "name", reason);
  }

  private Rejection reject(String column, String reason) {
    return new Rejection(tab.name(), row + 1, headers.label(column), reason);
  }

  private String text(String column) {
    return CellText.text(headers.value(row, column));
  }
}
