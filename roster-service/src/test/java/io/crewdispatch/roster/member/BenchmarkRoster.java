package io.crewdispatch.roster.member;

import io.crewdispatch.roster.member.domain.MonthTabName;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A large invented roster for benchmarks: members, month tabs, availability from a fixed seed. */
final class BenchmarkRoster {

  private BenchmarkRoster() {}

  static List<Tab> tabs(String prefix, int members, YearMonth first, int months) {
    Random random = new Random(42);
    int captains = Math.max(1, members / 10);
    List<List<Object>> roster = new ArrayList<>();
    roster.add(List.of("Crew ID", "Name", "Rank", "Email", "Phone", "Cascade Order", "Active"));
    for (int i = 0; i < members; i++) {
      boolean captain = i < captains;
      String id = id(prefix, i);
      roster.add(
          List.of(
              id,
              "Member " + prefix + " " + i,
              captain ? "Captain" : "Crew",
              id + "@example.com",
              "+1 619 555 " + (1000 + i % 9000),
              BigDecimal.valueOf(captain ? i + 1 : i - captains + 1),
              "yes"));
    }
    List<Tab> tabs = new ArrayList<>();
    tabs.add(Tab.of("Roster", roster));
    for (int m = 0; m < months; m++) {
      YearMonth month = first.plusMonths(m);
      List<List<Object>> rows = new ArrayList<>();
      List<Object> header = new ArrayList<>(List.of("Crew ID", "Name", "Paired Captain"));
      for (int d = 1; d <= month.lengthOfMonth(); d++) {
        header.add(BigDecimal.valueOf(d));
      }
      rows.add(header);
      for (int i = 0; i < members; i++) {
        List<Object> row = new ArrayList<>();
        row.add(id(prefix, i));
        row.add("Member " + prefix + " " + i);
        row.add(i < captains ? "" : id(prefix, i % captains));
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
          row.add(random.nextInt(10) == 0 ? "U" : "A");
        }
        rows.add(row);
      }
      tabs.add(Tab.of(MonthTabName.of(month), rows));
    }
    return tabs;
  }

  static String id(String prefix, int i) {
    return prefix + "-" + i;
  }
}
