package io.crewdispatch.roster.assignment.domain;

import io.crewdispatch.roster.sheet.domain.CellUpdate;
import io.crewdispatch.roster.sheet.domain.CellValues;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plans the cells of charters' rows in the Assignments tab, one row each: Date | Departure | Vessel
 * | Charter ID | Captain | Crew | Status. Columns are found by header; the row is the one holding
 * the Charter ID, or the first after the last used row. Only cells whose text changes are written,
 * so columns a person added are never touched.
 */
public final class AssignmentsTab {

  public static final String NAME = "Assignments";

  static final List<String> HEADERS =
      List.of("Date", "Departure", "Vessel", "Charter ID", "Captain", "Crew", "Status");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private AssignmentsTab() {}

  /**
   * The cells of several charters' rows, planned from one read: each planned on the tab as the ones
   * before it leave it, so two charters new to the tab get a row each.
   */
  public static List<CellUpdate> plan(Optional<Tab> current, List<Assignment> assignments) {
    Tab tab = current.orElse(Tab.of(NAME, List.of()));
    List<CellUpdate> updates = new ArrayList<>();
    for (Assignment a : assignments) {
      List<CellUpdate> row = plan(tab, a);
      tab = tab.withCells(row);
      updates.addAll(row);
    }
    return updates;
  }

  /** One charter's row on the tab as read. */
  private static List<CellUpdate> plan(Tab tab, Assignment a) {
    List<CellUpdate> updates = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    int next = tab.width(0);
    for (String header : HEADERS) {
      int found = find(tab, header);
      if (found < 0) {
        found = next++;
        updates.add(new CellUpdate(tab.name(), 0, found, header));
      }
      columns.add(found);
    }
    int row = rowOf(tab, columns.get(3), a.charterId());
    List<String> values =
        List.of(
            a.sailing().sailDate().toString(),
            TIME.format(a.sailing().departure()),
            a.sailing().vessel(),
            a.charterId(),
            a.captain() == null ? "" : a.captain().name(),
            a.crew().stream().map(Person::name).collect(Collectors.joining(", ")),
            a.status().name());
    for (int i = 0; i < values.size(); i++) {
      int column = columns.get(i);
      if (!CellValues.text(tab.value(row, column)).equals(values.get(i))) {
        updates.add(new CellUpdate(tab.name(), row, column, values.get(i)));
      }
    }
    return updates;
  }

  private static int find(Tab tab, String header) {
    String wanted = normalize(header);
    for (int c = 0; c < tab.width(0); c++) {
      if (normalize(CellValues.text(tab.value(0, c))).equals(wanted)) {
        return c;
      }
    }
    return -1;
  }

  private static int rowOf(Tab tab, int idColumn, String charterId) {
    int lastUsed = 0;
    for (int r = 1; r < tab.rowCount(); r++) {
      if (CellValues.text(tab.value(r, idColumn)).equals(charterId)) {
        return r;
      }
      for (int c = 0; c < tab.width(r); c++) {
        if (!CellValues.text(tab.value(r, c)).isEmpty()) {
          lastUsed = r;
          break;
        }
      }
    }
    return lastUsed + 1;
  }

  private static String normalize(String label) {
    return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
