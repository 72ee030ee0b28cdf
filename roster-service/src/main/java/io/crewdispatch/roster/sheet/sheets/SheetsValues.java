package io.crewdispatch.roster.sheet.sheets;

import com.google.api.services.sheets.v4.model.Sheet;
import com.google.api.services.sheets.v4.model.ValueRange;
import io.crewdispatch.roster.sheet.domain.CellUpdate;
import io.crewdispatch.roster.sheet.domain.CellValues;
import io.crewdispatch.roster.sheet.domain.MergedRange;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sheets API values to and from the service's cells. */
final class SheetsValues {

  private SheetsValues() {}

  /** One tab from its metadata (merges are end-exclusive there) and its unformatted values. */
  static Tab tab(Sheet sheet, ValueRange range) {
    List<List<Object>> rows = new ArrayList<>();
    if (range.getValues() != null) {
      for (List<Object> row : range.getValues()) {
        rows.add(row.stream().map(SheetsValues::value).toList());
      }
    }
    List<MergedRange> merges = new ArrayList<>();
    if (sheet.getMerges() != null) {
      for (var m : sheet.getMerges()) {
        merges.add(
            new MergedRange(
                zero(m.getStartRowIndex()),
                m.getEndRowIndex() - 1,
                zero(m.getStartColumnIndex()),
                m.getEndColumnIndex() - 1));
      }
    }
    return new Tab(sheet.getProperties().getTitle(), rows, merges);
  }

  /** The updates as few ranges as possible: each run of adjacent cells in one row is one range. */
  static List<ValueRange> ranges(List<CellUpdate> updates) {
    List<CellUpdate> sorted = new ArrayList<>(updates);
    sorted.sort(
        Comparator.comparing(CellUpdate::tab)
            .thenComparingInt(CellUpdate::row)
            .thenComparingInt(CellUpdate::column));
    List<ValueRange> ranges = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      CellUpdate first = sorted.get(i);
      List<Object> values = new ArrayList<>();
      values.add(first.value());
      int j = i + 1;
      while (j < sorted.size()
          && sorted.get(j).tab().equals(first.tab())
          && sorted.get(j).row() == first.row()
          && sorted.get(j).column() == first.column() + (j - i)) {
        values.add(sorted.get(j).value());
        j++;
      }
      ranges.add(
          new ValueRange()
              .setRange(
                  A1.row(first.tab(), first.row(), first.column(), first.column() + j - i - 1))
              .setValues(List.of(values)));
      i = j;
    }
    return ranges;
  }

  /** A header (in the first ten rows) that holds a % sign: its column may hold percentages. */
  static boolean namesAPercentage(Tab tab) {
    for (int r = 0; r < Math.min(10, tab.rowCount()); r++) {
      for (int c = 0; c < tab.width(r); c++) {
        if (tab.value(r, c) instanceof String text && text.contains("%")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Each number whose formatted text ends with % becomes that percentage as text, at the full
   * precision of the unformatted number (a 0% format shows 0.125 as "13%").
   */
  static Tab withPercentages(Tab tab, ValueRange formatted) {
    List<List<Object>> shown = formatted.getValues() == null ? List.of() : formatted.getValues();
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 0; r < tab.rowCount(); r++) {
      List<Object> row = new ArrayList<>();
      for (int c = 0; c < tab.width(r); c++) {
        Object value = tab.value(r, c);
        Object text = r < shown.size() && c < shown.get(r).size() ? shown.get(r).get(c) : null;
        boolean percent = text instanceof String t && t.strip().endsWith("%");
        row.add(
            value instanceof BigDecimal number && percent ? CellValues.percentText(number) : value);
      }
      rows.add(row);
    }
    return new Tab(tab.name(), rows, tab.merges());
  }

  private static Object value(Object cell) {
    if (cell instanceof String text) {
      return text.isEmpty() ? null : text;
    }
    if (cell instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    return cell; // Boolean (a checkbox) or null
  }

  private static int zero(Integer index) {
    return index == null ? 0 : index;
  }
}
