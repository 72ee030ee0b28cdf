package io.crewdispatch.roster.member.domain;

import io.crewdispatch.roster.sheet.domain.CellUpdate;
import io.crewdispatch.roster.sheet.domain.SheetUnreadableException;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Roster tab: Crew ID | Name | Rank | Email | Phone | Cascade Order | Active, and the
 * optional Channel | Day Rate | Revenue Share % | {@code <certificate> Expires}, in any order. Each
 * row is validated on its own; a rejected row is reported and its member keeps their last good
 * record.
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
          "active", List.of("active"),
          "channel", List.of("channel", "contactchannel", "contactby", "notifyby"),
          "dayRate", List.of("dayrate", "dailyrate"),
          "share", List.of("revenueshare", "revenuesharepercent", "revenuesharepct", "share"));

  /** A column {@code <certificate> Expires} holds that certificate's expiry date. */
  private static final Pattern EXPIRES = Pattern.compile("(?i)^(.+?)\\s+expires$");

  private RosterTab() {}

  static RosterTabReading read(Tab raw, PhoneFormat phones) {
    Tab tab = raw.unmerged();
    Headers headers =
        Headers.find(tab, ALIASES, Set.of("id", "name", "rank", "email", "order"))
            .orElseThrow(
                () ->
                    new SheetUnreadableException(
                        "the Roster tab has no header row with Crew ID, Name, Rank, Email and"
                            + " Cascade Order"));
    Map<String, Integer> certificates = certificateColumns(tab, headers.row());
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
      RosterRow row = new RosterRow(tab.name(), r, headers, certificates, phones);
      if (row.isEmpty()) {
        continue;
      }
      row.phoneReport().ifPresent(out::reported);
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

  private static Map<String, Integer> certificateColumns(Tab tab, int headerRow) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int c = 0; c < tab.width(headerRow); c++) {
      Matcher expires = EXPIRES.matcher(CellText.text(tab.value(headerRow, c)).strip());
      if (expires.matches()) {
        columns.putIfAbsent(expires.group(1).strip().replaceAll("\\s+", " "), c);
      }
    }
    return columns;
  }
}
