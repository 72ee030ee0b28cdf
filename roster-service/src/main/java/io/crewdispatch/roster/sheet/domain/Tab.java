package io.crewdispatch.roster.sheet.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One tab as read: rows of cell values, each {@code null} (blank), a {@link String}, a {@link
 * java.math.BigDecimal}, a {@link Boolean} or a {@link java.time.LocalDate}. Formulas arrive as
 * their values. Row and column indexes are zero-based; people see them one-based.
 */
public record Tab(String name, List<List<Object>> rows, List<MergedRange> merges) {

  public Tab {
    rows =
        rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
    merges = List.copyOf(merges);
  }

  public static Tab of(String name, List<List<Object>> rows) {
    return new Tab(name, rows, List.of());
  }

  public int rowCount() {
    return rows.size();
  }

  public Object value(int row, int column) {
    if (row < 0 || row >= rows.size()) {
      return null;
    }
    List<Object> cells = rows.get(row);
    return column < 0 || column >= cells.size() ? null : cells.get(column);
  }

  public int width(int row) {
    return row < 0 || row >= rows.size() ? 0 : rows.get(row).size();
  }

  /**
   * The tab with {@code updates} to it applied, as it reads once they are written: for planning
   * several writes from one read. Updates to other tabs are ignored; an empty value clears the
   * cell.
   */
  public Tab withCells(List<CellUpdate> updates) {
    List<List<Object>> out = copyOfRows();
    for (CellUpdate update : updates) {
      if (update.tab().equals(name)) {
        set(out, update.row(), update.column(), update.value().isEmpty() ? null : update.value());
      }
    }
    return new Tab(name, out, merges);
  }

  /**
   * The tab as people read it: a merged block means its top-left value in every cell it covers,
   * except a block along one row with nothing else on that row, which is a heading ("Captains") and
   * no data at all: the row reads as blank.
   */
  public Tab unmerged() {
    if (merges.isEmpty()) {
      return this;
    }
    List<List<Object>> out = copyOfRows();
    for (MergedRange range : merges) {
      Object value = value(range.firstRow(), range.firstColumn());
      if (value == null) {
        continue;
      }
      if (range.isSingleRow() && range.lastColumn() > range.firstColumn() && onlyThisOnRow(range)) {
        out.set(range.firstRow(), new ArrayList<>());
        continue;
      }
      for (int r = range.firstRow(); r <= range.lastRow(); r++) {
        for (int c = range.firstColumn(); c <= range.lastColumn(); c++) {
          set(out, r, c, value);
        }
      }
    }
    return new Tab(name, out, List.of());
  }

  private List<List<Object>> copyOfRows() {
    List<List<Object>> out = new ArrayList<>();
    rows.forEach(r -> out.add(new ArrayList<>(r)));
    return out;
  }

  /** Sets a cell of mutable rows, adding the rows and cells before it as blanks. */
  private static void set(List<List<Object>> rows, int row, int column, Object value) {
    while (rows.size() <= row) {
      rows.add(new ArrayList<>());
    }
    List<Object> cells = rows.get(row);
    while (cells.size() <= column) {
      cells.add(null);
    }
    cells.set(column, value);
  }

  private boolean onlyThisOnRow(MergedRange range) {
    List<Object> row = rows.get(range.firstRow());
    for (int c = 0; c < row.size(); c++) {
      if (row.get(c) != null && !range.contains(range.firstRow(), c)) {
        return false;
      }
    }
    return true;
  }
}
