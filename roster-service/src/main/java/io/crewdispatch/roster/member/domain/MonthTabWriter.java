package io.crewdispatch.roster.member.domain;

import io.crewdispatch.roster.sheet.domain.CellUpdate;
import io.crewdispatch.roster.sheet.domain.SheetSnapshot;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds (or makes) the cell of one member's day in the month tabs, as the office lays them out: the
 * tab of that month whatever its name, the member's row by Crew ID (or by Name), the day's column.
 * A missing tab is created named as the office names its tabs (the style of an existing month tab;
 * {@code June 2026} when there is none) with a Crew ID | Name | Paired Captain | 1..31 header; a
 * missing row is appended with the member's Crew ID and name; a missing day gets a column at the
 * end. Everything it would write is collected as cell updates, to be written in one batch.
 */
public final class MonthTabWriter {

  private static final List<String> STYLES =
      List.of(
          "MMMM uuuu",
          "MMM uuuu",
          "uuuu-MM",
          "MMMM uuuu 'Availability'",
          "MMMM 'Availability'",
          "MMM 'Availability'",
          "MMMM",
          "MMM");

  /** One day's cell: where it is and what it holds now (null: blank). */
  public record DayCellAt(String tab, int row, int column, Object current) {

    /** The cell's value; throws for text that is neither available nor unavailable. */
    public Optional<DayAvailability> value() {
      return DayCell.availability(current);
    }
  }

  /** A tab as this writer sees it: read rows plus what it has planned. */
  private static final class Layout {
    final String name;
    final int headerRow;
    final Map<Integer, Integer> dayColumns = new HashMap<>(); // day -> column
    final Map<String, Integer> rowsById = new HashMap<>();
    final Map<String, Integer> rowsByName = new HashMap<>();
    final Tab tab;
    int idColumn;
    int nameColumn;
    int nextRow;
    int nextColumn;

    Layout(String name, int headerRow, Tab tab) {
      this.name = name;
      this.headerRow = headerRow;
      this.tab = tab;
    }
  }

  private final SheetSnapshot snapshot;
  private final LocalDate today;
  private final Map<YearMonth, Layout> layouts = new HashMap<>();
  private final List<CellUpdate> updates = new ArrayList<>();

  public MonthTabWriter(SheetSnapshot snapshot, LocalDate today) {
    this.snapshot = snapshot;
    this.today = today;
  }

  /** The member's cell for {@code day}, planning the tab, row and column if they are missing. */
  public DayCellAt locate(String crewId, String name, LocalDate day) {
    Layout layout = layouts.computeIfAbsent(YearMonth.from(day), this::layout);
    Integer row = layout.rowsById.get(key(crewId));
    if (row == null) {
      row = layout.rowsByName.get(key(name));
    }
    if (row == null) {
      row = layout.nextRow++;
      updates.add(new CellUpdate(layout.name, row, layout.idColumn, crewId));
      updates.add(new CellUpdate(layout.name, row, layout.nameColumn, name));
      layout.rowsById.put(key(crewId), row);
    }
    Integer column = layout.dayColumns.get(day.getDayOfMonth());
    if (column == null) {
      column = layout.nextColumn++;
      updates.add(
          new CellUpdate(
              layout.name, layout.headerRow, column, String.valueOf(day.getDayOfMonth())));
      layout.dayColumns.put(day.getDayOfMonth(), column);
    }
    Object current = layout.tab == null ? null : layout.tab.unmerged().value(row, column);
    return new DayCellAt(layout.name, row, column, current);
  }

  public void set(DayCellAt cell, DayAvailability value) {
    updates.add(
        new CellUpdate(
            cell.tab(), cell.row(), cell.column(), value == DayAvailability.AVAILABLE ? "A" : "U"));
  }

  public List<CellUpdate> updates() {
    return List.copyOf(updates);
  }

  private Layout layout(YearMonth month) {
    List<Tab> tabs =
        snapshot.tabs().stream()
            .filter(t -> MonthTabName.parse(t.name(), today).filter(month::equals).isPresent())
            .toList();
    if (tabs.size() > 1) {
      throw new IllegalStateException(
          "two tabs for "
              + MonthTabName.of(month)
              + " ("
              + tabs.get(0).name()
              + ", "
              + tabs.get(1).name()
              + "): the office must keep one");
    }
    if (tabs.isEmpty()) {
      return created(month);
    }
    Tab tab = tabs.get(0).unmerged();
    Map<String, List<String>> aliases =
        Map.of("id", List.of("crewid", "id"), "name", List.of("name", "fullname"));
    Optional<Headers> found =
        Headers.find(tab, aliases, Set.of("id"))
            .or(() -> Headers.find(tab, aliases, Set.of("name")));
    if (found.isEmpty()) {
      throw new IllegalStateException(tab.name() + " has no header row with Crew ID or Name");
    }
    Headers headers = found.get();
    Layout layout = new Layout(tab.name(), headers.row(), tab);
    layout.idColumn = headers.has("id") ? headers.column("id") : tab.width(headers.row());
    layout.nameColumn = headers.has("name") ? headers.column("name") : layout.idColumn + 1;
    layout.nextColumn = Math.max(tab.width(headers.row()), layout.nameColumn + 1);
    for (int c = 0; c < tab.width(headers.row()); c++) {
      if (c == layout.idColumn || c == layout.nameColumn) {
        continue;
      }
      int day = DayCell.dayNumber(tab.value(headers.row(), c), month);
      if (day >= 1 && day <= month.lengthOfMonth()) {
        layout.dayColumns.putIfAbsent(day, c);
      }
    }
    layout.nextRow = headers.row() + 1;
    for (int r = headers.row() + 1; r < tab.rowCount(); r++) {
      String id = key(tab.value(r, layout.idColumn));
      String name = key(tab.value(r, layout.nameColumn));
      if (!id.isEmpty()) {
        layout.rowsById.putIfAbsent(id, r);
      } else if (!name.isEmpty()) {
        layout.rowsByName.putIfAbsent(name, r);
      }
      if (!id.isEmpty() || !name.isEmpty()) {
        layout.nextRow = r + 1;
      }
    }
    return layout;
  }

  private Layout created(YearMonth month) {
    String name = styledName(month);
    Layout layout = new Layout(name, 0, null);
    List<String> header = new ArrayList<>(List.of("Crew ID", "Name", "Paired Captain"));
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      header.add(String.valueOf(d));
      layout.dayColumns.put(d, d + 2);
    }
    for (int c = 0; c < header.size(); c++) {
      updates.add(new CellUpdate(name, 0, c, header.get(c)));
    }
    layout.idColumn = 0;
    layout.nameColumn = 1;
    layout.nextRow = 1;
    layout.nextColumn = header.size();
    return layout;
  }

  /** The new month named in the style of the office's existing month tabs. */
  private String styledName(YearMonth month) {
    for (Tab tab : snapshot.tabs()) {
      Optional<YearMonth> existing = MonthTabName.parse(tab.name(), today);
      if (existing.isEmpty()) {
        continue;
      }
      for (String style : STYLES) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(style, Locale.ENGLISH);
        if (format.format(existing.get()).equalsIgnoreCase(tab.name().strip())) {
          String name = format.format(month);
          if (MonthTabName.parse(name, today).filter(month::equals).isPresent()) {
            return name;
          }
        }
      }
    }
    return MonthTabName.of(month);
  }

  private static String key(Object value) {
    return CellText.key(value);
  }
}
