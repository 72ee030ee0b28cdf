package io.crewdispatch.roster.member.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one month tab says. A month the sheet has a tab for replaces that month of every accepted
 * member's calendar, except cells that were rejected, which keep their last good value.
 */
record MonthTabReading(
    YearMonth month,
    Map<String, Map<LocalDate, DayAvailability>> days,
    Map<String, Set<LocalDate>> keptDays,
    Map<String, String> pairings,
    Set<String> keptPairings,
    List<Rejection> rejections) {

  /** The member's calendar after this month tab, starting from {@code days} and {@code pairs}. */
  void applyTo(
      Member profile,
      TreeMap<LocalDate, DayAvailability> calendar,
      SortedMap<YearMonth, String> pairs) {
    String id = profile.crewId();
    Set<LocalDate> kept = keptDays.getOrDefault(id, Set.of());
    calendar.keySet().removeIf(d -> YearMonth.from(d).equals(month) && !kept.contains(d));
    calendar.putAll(days.getOrDefault(id, Map.of()));
    if (keptPairings.contains(id)) {
      return;
    }
    String captain = profile.rank() == Rank.CREW ? pairings.get(id) : null;
    if (captain == null) {
      pairs.remove(month);
    } else {
      pairs.put(month, captain);
    }
  }
}
