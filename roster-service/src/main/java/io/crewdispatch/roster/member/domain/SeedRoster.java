package io.crewdispatch.roster.member.domain;

import io.crewdispatch.roster.sheet.domain.Tab;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invented roster a new local workbook starts with, the same every time so that the local
 * walkthrough and end-to-end tests can rely on it: four captains, eight crew paired two to a
 * captain, everyone available every day of both months except a few days for realism. Captain
 * {@code morgan-tide} and the crew paired with him are available every day.
 */
public final class SeedRoster {

  /** Crew ID, name, rank, cascade order, paired captain (crew only). */
  record Person(String crewId, String name, Rank rank, int order, String captain) {
    String email() {
      return crewId + "@example.com";
    }
  }

  static final List<Person> PEOPLE =
      List.of(
          new Person("morgan-tide", "Morgan Tide", Rank.CAPTAIN, 1, null),
          new Person("casey-harbor", "Casey Harbor", Rank.CAPTAIN, 2, null),
          new Person("riley-keel", "Riley Keel", Rank.CAPTAIN, 3, null),
          new Person("jamie-anchor", "Jamie Anchor", Rank.CAPTAIN, 4, null),
          new Person("sam-rigging", "Sam Rigging", Rank.CREW, 1, "morgan-tide"),
          new Person("avery-sail", "Avery Sail", Rank.CREW, 2, "morgan-tide"),
          new Person("quinn-bowline", "Quinn Bowline", Rank.CREW, 3, "casey-harbor"),
          new Person("drew-mast", "Drew Mast", Rank.CREW, 4, "casey-harbor"),
          new Person("taylor-helm", "Taylor Helm", Rank.CREW, 5, "riley-keel"),
          new Person("parker-cleat", "Parker Cleat", Rank.CREW, 6, "riley-keel"),
          new Person("reese-galley", "Reese Galley", Rank.CREW, 7, "jamie-anchor"),
          new Person("skyler-buoy", "Skyler Buoy", Rank.CREW, 8, "jamie-anchor"));

  /** Days of each month marked U; everyone else is A every day. */
  static final Map<String, Set<Integer>> UNAVAILABLE_DAYS =
      Map.of(
          "casey-harbor", Set.of(6, 7),
          "riley-keel", Set.of(13),
          "jamie-anchor", Set.of(20, 21),
          "quinn-bowline", Set.of(9),
          "drew-mast", Set.of(16),
          "taylor-helm", Set.of(3),
          "parker-cleat", Set.of(24),
          "reese-galley", Set.of(11),
          "skyler-buoy", Set.of(27));

  private SeedRoster() {}

  /** Roster, the month tabs of {@code first} and the month after, Assignments and Sync Status. */
  public static List<Tab> tabs(YearMonth first) {
    List<Tab> tabs = new ArrayList<>();
    tabs.add(Tab.of(RosterTab.NAME, rosterRows()));
    tabs.add(Tab.of(MonthTabName.of(first), monthRows(first)));
    tabs.add(Tab.of(MonthTabName.of(first.plusMonths(1)), monthRows(first.plusMonths(1))));
    tabs.add(
        Tab.of(
            "Assignments",
            List.of(
                List.of(
                    "Date", "Departure", "Vessel", "Charter ID", "Captain", "Crew", "Status"))));
    tabs.add(Tab.of(SyncStatusTab.NAME, List.of(List.of("Last sync", "never"))));
    return tabs;
  }

  private static List<List<Object>> rosterRows() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("Crew ID", "Name", "Rank", "Email", "Phone", "Cascade Order", "Active"));
    int phone = 101;
    for (Person p : PEOPLE) {
      rows.add(
          List.of(
              p.crewId(),
              p.name(),
              p.rank() == Rank.CAPTAIN ? "Captain" : "Crew",
              p.email(),
              "+1 619 555 0" + phone++,
              BigDecimal.valueOf(p.order()),
              "yes"));
    }
    return rows;
  }

  private static List<List<Object>> monthRows(YearMonth month) {
    List<List<Object>> rows = new ArrayList<>();
    List<Object> header = new ArrayList<>(List.of("Crew ID", "Name", "Paired Captain"));
    for (int day = 1; day <= month.lengthOfMonth(); day++) {
      header.add(BigDecimal.valueOf(day));
    }
    rows.add(header);
    for (Person p : PEOPLE) {
      List<Object> row = new ArrayList<>();
      row.add(p.crewId());
      row.add(p.name());
      row.add(p.captain() == null ? "" : p.captain());
      Set<Integer> off = UNAVAILABLE_DAYS.getOrDefault(p.crewId(), Set.of());
      for (int day = 1; day <= month.lengthOfMonth(); day++) {
        row.add(off.contains(day) ? "U" : "A");
      }
      rows.add(row);
    }
    return rows;
  }
}
