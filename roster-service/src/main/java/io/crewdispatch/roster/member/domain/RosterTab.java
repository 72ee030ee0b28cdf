package io.crewdispatch.roster.member.domain;

import io.crewdispatch.roster.sheet.domain.CellUpdate;
import io.crewdispatch.roster.sheet.domain.SheetUnreadableException;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the Roster tab: Crew ID | Name | Rank | Email | Phone | Cascade Order | Active, in any
 * order. Each row is validated on its own; a rejected row is reported and its member keeps their
 * last good record.
 */
final class RosterTab {

  static final String NAME = "Roster";

  private static final Map<String, List<String>> ALIASES =
      Map.of(
          "id", List.of("crewid", "id"),
          "name", List.of("name", "fullname"),
          "rank", List.of("rank", "role"),
          "email", List.of("email", "emailaddress"),
          "phone", List.of("phone", "phonenumber", "mobile"),
          "order", List.of("cascadeorder", "order", "cascade"),
          "active", List.of("active"));

  private RosterTab() {}

  static RosterTabReading read(Tab raw) {
    Tab tab = raw.unmerged();
    Headers headers =
        Headers.find(tab, ALIASES, Set.of("id", "name", "rank", "email", "order"))
            .orElseThrow(
                () ->
                    new SheetUnreadableException(
                        "the Roster tab has no header row with Crew ID, Name, Rank, Email and"
                            + " Cascade Order"));
    Set<String> taken = new HashSet<>();
    for (int r = headers.row() + 1; r < tab.rowCount(); r++) {
      String id = CellText.text(headers.value(r, "id"));
      if (!id.isEmpty()) {
        taken.add(id.toLowerCase(Locale.ROOT));
      }
    }
    RosterTabReading.Builder out = new RosterTabReading.Builder();
    Map<String, Integer> idRows = new HashMap<>();
    Map<Integer, Integer> captainOrders = new HashMap<>();
    for (int r = headers.row() + 1; r < tab.rowCount(); r++) {
      RosterRow row = new RosterRow(tab.name(), r, headers);
      if (row.isEmpty()) {
        continue;
      }
      List<Rejection> problems = new ArrayList<>(row.problems());
      String id = row.crewId();
      boolean generated = id.isEmpty() && !row.name().isEmpty();
      if (generated) {
        id = Slugs.unique(row.name(), taken);
      }
      if (!id.isEmpty()) {
        Integer first = idRows.putIfAbsent(id.toLowerCase(Locale.ROOT), r + 1);
        if (first != null) {
          problems.add(row.reject("id", "Crew ID " + id + " is already used on row " + first));
          id = "";
        }
      }
      if (row.rank() == Rank.CAPTAIN && row.order().isPresent()) {
        Integer first = captainOrders.putIfAbsent(row.order().get(), r + 1);
        if (first != null) {
          problems.add(
              row.reject(
                  "order",
                  "Cascade Order "
                      + row.order().get()
                      + " is already the captain's on row "
                      + first));
        }
      }
      if (!id.isEmpty()) {
        out.known(id, row.name(), row.rank());
      }
      if (!problems.isEmpty()) {
        out.rejected(id, problems);
      } else {
        out.accepted(row.toMember(id));
        if (generated) {
          out.writeBack(
              new NewCrewId(
                  new CellUpdate(tab.name(), r, headers.column("id"), id),
                  headers.column("name"),
                  row.name()));
        }
      }
    }
    return out.build();
  }
}
