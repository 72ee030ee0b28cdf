package io.crewdispatch.roster.sheet.sheets;

import com.google.api.services.sheets.v4.model.AppendDimensionRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetResponse;
import com.google.api.services.sheets.v4.model.GridProperties;
import com.google.api.services.sheets.v4.model.Request;
import com.google.api.services.sheets.v4.model.Sheet;
import io.crewdispatch.roster.sheet.domain.CellUpdate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grows a tab's grid before values are written past its edge (the Assignments tab gains a row per
 * charter; a new tab has 1000 rows). Grid sizes are {sheetId, rows, columns}.
 */
final class SheetsGrid {

  /** What Google gives a tab created without grid properties. */
  static final int NEW_TAB_ROWS = 1000;

  static final int NEW_TAB_COLUMNS = 26;

  /** Headroom added when a tab must grow, so that growing is rare. */
  private static final int ROWS_PER_GROWTH = 500;

  private SheetsGrid() {}

  static List<Request> growth(
      List<CellUpdate> updates, Map<String, int[]> grids, Set<String> newTabs) {
    Map<String, int[]> needed = new HashMap<>();
    for (CellUpdate u : updates) {
      needed.merge(
          u.tab(),
          new int[] {u.row() + 1, u.column() + 1},
          (a, b) -> new int[] {Math.max(a[0], b[0]), Math.max(a[1], b[1])});
    }
    List<Request> requests = new ArrayList<>();
    needed.forEach(
        (tab, size) -> {
          int[] grid = grids.get(tab);
          if (grid == null || newTabs.contains(tab)) {
            return; // a new tab's id is not known until it exists; 1000 rows suffice at first
          }
          if (size[0] > grid[1]) {
            requests.add(append(grid[0], "ROWS", size[0] - grid[1] + ROWS_PER_GROWTH));
          }
          if (size[1] > grid[2]) {
            requests.add(append(grid[0], "COLUMNS", size[1] - grid[2]));
          }
        });
    return requests;
  }

  /**
   * A new tab's grid: Google's default 1000 x 26, or larger when the first write needs it (a month
   * tab is 3 + 31 columns wide).
   */
  static GridProperties newTab(String tab, List<CellUpdate> updates) {
    int rows = NEW_TAB_ROWS;
    int columns = NEW_TAB_COLUMNS;
    for (CellUpdate u : updates) {
      if (u.tab().equals(tab)) {
        rows = Math.max(rows, u.row() + 1);
        columns = Math.max(columns, u.column() + 1);
      }
    }
    return new GridProperties().setRowCount(rows).setColumnCount(columns);
  }

  /** The grid sizes of every tab in a spreadsheets.get answer. */
  static void remember(List<Sheet> tabs, Map<String, int[]> grids) {
    grids.clear();
    for (Sheet tab : tabs) {
      var grid = tab.getProperties().getGridProperties();
      if (grid != null && grid.getRowCount() != null && grid.getColumnCount() != null) {
        grids.put(
            tab.getProperties().getTitle(),
            new int[] {
              tab.getProperties().getSheetId(), grid.getRowCount(), grid.getColumnCount()
            });
      }
    }
  }

  static void rememberAdded(BatchUpdateSpreadsheetResponse reply, Map<String, int[]> grids) {
    if (reply == null || reply.getReplies() == null) {
      return;
    }
    reply.getReplies().stream()
        .filter(r -> r.getAddSheet() != null)
        .map(r -> r.getAddSheet().getProperties())
        .forEach(
            p -> {
              var grid = p.getGridProperties();
              boolean sized = grid != null && grid.getRowCount() != null;
              grids.put(
                  p.getTitle(),
                  new int[] {
                    p.getSheetId(),
                    sized ? grid.getRowCount() : NEW_TAB_ROWS,
                    sized ? grid.getColumnCount() : NEW_TAB_COLUMNS
                  });
            });
  }

  private static Request append(int sheetId, String dimension, int length) {
    return new Request()
        .setAppendDimension(
            new AppendDimensionRequest()
                .setSheetId(sheetId)
                .setDimension(dimension)
                .setLength(length));
  }
}
