package io.crewdispatch.roster.member.domain;

import io.crewdispatch.roster.sheet.domain.CellUpdate;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Sync Status tab, which the service owns whole: when it last read the sheet, what changed, and
 * every rejected row or cell with its reason, then every tab it ignored (neither its own nor a
 * month). Cells left over from a longer earlier report are cleared.
 */
public final class SyncStatusTab {

  public static final String NAME = "Sync Status";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

  static final String IGNORED =
      "ignored: not Roster, Assignments, Sync Status or a month (June 2026, June Availability...)";

  private SyncStatusTab() {}

  public static List<CellUpdate> plan(
      Optional<Tab> current,
      Instant at,
      ZoneId zone,
      int changed,
      List<Rejection> rejections,
      List<String> ignoredTabs,
      List<Rejection> portalNotes) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Last sync", TIME.format(at.atZone(zone))));
    rows.add(List.of("Members changed", String.valueOf(changed)));
    rows.add(List.of("Rejected", String.valueOf(rejections.size())));
    rows.add(List.of());
    rows.add(List.of("Tab", "Row", "Column", "Reason"));
    for (Rejection r : rejections) {
      rows.add(List.of(r.tab(), String.valueOf(r.row()), r.column(), r.reason()));
    }
    for (String tab : ignoredTabs) {
      rows.add(List.of(tab, "", "", IGNORED));
    }
    for (Rejection n : portalNotes) {
      rows.add(List.of(n.tab(), String.valueOf(n.row()), n.column(), n.reason()));
    }
    List<CellUpdate> updates = new ArrayList<>();
    int height = Math.max(rows.size(), current.map(Tab::rowCount).orElse(0));
    for (int r = 0; r < height; r++) {
      List<String> row = r < rows.size() ? rows.get(r) : List.of();
      int rowIndex = r;
      int oldWidth = current.map(t -> t.width(rowIndex)).orElse(0);
      for (int c = 0; c < Math.max(row.size(), oldWidth); c++) {
        updates.add(new CellUpdate(NAME, r, c, c < row.size() ? row.get(c) : ""));
      }
    }
    return updates.stream().filter(u -> keep(u, current)).toList();
  }

  /** Only cells whose text changes: a value to write, or an old value to clear. */
  private static boolean keep(CellUpdate update, Optional<Tab> current) {
    String now = current.map(t -> CellText.text(t.value(update.row(), update.column()))).orElse("");
    return !now.equals(update.value());
  }
}
