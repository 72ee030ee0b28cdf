package io.crewdispatch.roster.member.domain;

import io.crewdispatch.roster.sheet.domain.Tab;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tab's header row, found by name rather than position: case, spacing and punctuation do not
 * matter ("crew id", "Crew-ID"), and columns may come in any order.
 */
record Headers(int row, Map<String, Integer> columns, Tab tab) {

  /** How far down a header row may start (a title or a note above it is common). */
  private static final int SEARCH_ROWS = 10;

  static String normalize(Object label) {
    return CellText.text(label).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** The first row naming every required column; {@code aliases} maps a column to its names. */
  static Optional<Headers> find(Tab tab, Map<String, List<String>> aliases, Set<String> required) {
    for (int r = 0; r < Math.min(tab.rowCount(), SEARCH_ROWS); r++) {
      Map<String, Integer> found = new HashMap<>();
      for (int c = 0; c < tab.width(r); c++) {
        String label = normalize(tab.value(r, c));
        for (var alias : aliases.entrySet()) {
          if (alias.getValue().contains(label)) {
            found.putIfAbsent(alias.getKey(), c);
          }
        }
      }
      if (found.keySet().containsAll(required)) {
        return Optional.of(new Headers(r, Map.copyOf(found), tab));
      }
    }
    return Optional.empty();
  }

  boolean has(String column) {
    return columns.containsKey(column);
  }

  Object value(int row, String column) {
    Integer c = columns.get(column);
    return c == null ? null : tab.value(row, c);
  }

  /** The header as the person wrote it, for reports. */
  String label(String column) {
    Integer c = columns.get(column);
    return c == null ? column : CellText.text(tab.value(row, c));
  }

  int column(String column) {
    return columns.get(column);
  }
}
