package io.crewdispatch.roster.member.domain;

import io.crewdispatch.roster.sheet.domain.SheetSnapshot;
import io.crewdispatch.roster.sheet.domain.SheetUnreadableException;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The whole sheet read against the stored roster: each accepted member's new record, the members
 * whose rows were rejected (they keep their last good record), every rejection, and the Crew IDs to
 * write back.
 */
public record RosterReading(
    List<Member> members,
    Set<String> keptIds,
    List<Rejection> rejections,
    List<NewCrewId> newCrewIds) {

  /** The tab that holds the people (and the Crew ID cells the service fills). */
  public static final String ROSTER_TAB = RosterTab.NAME;

  public static RosterReading of(SheetSnapshot snapshot, Map<String, Member> stored) {
    Tab rosterTab =
        snapshot
            .tab(RosterTab.NAME)
            .orElseThrow(() -> new SheetUnreadableException("the Roster tab is missing"));
    RosterTabReading roster = RosterTab.read(rosterTab);
    List<Rejection> rejections = new ArrayList<>(roster.rejections());
    Map<YearMonth, MonthTabReading> months = new LinkedHashMap<>();
    for (Tab tab : snapshot.tabs()) {
      Optional<YearMonth> month = MonthTabName.parse(tab.name());
      if (month.isEmpty()) {
        continue;
      }
      if (months.containsKey(month.get())) {
        rejections.add(
            new Rejection(
                tab.name(), 1, "", "another tab is already " + MonthTabName.of(month.get())));
        continue;
      }
      MonthTabReading reading = MonthTab.read(tab, month.get(), roster);
      months.put(month.get(), reading);
      rejections.addAll(reading.rejections());
    }
    List<Member> members = new ArrayList<>();
    for (Member profile : roster.accepted()) {
      Member before = stored.get(profile.crewId());
      TreeMap<LocalDate, DayAvailability> days =
          new TreeMap<>(before == null ? Map.of() : before.availability());
      TreeMap<YearMonth, String> pairs =
          new TreeMap<>(before == null ? Map.of() : before.pairedCaptainByMonth());
      months.values().forEach(m -> m.applyTo(profile, days, pairs));
      members.add(profile.withCalendar(days, pairs));
    }
    return new RosterReading(
        List.copyOf(members), roster.rejectedIds(), List.copyOf(rejections), roster.writeBack());
  }

  /**
   * The records to store and publish: accepted members whose record differs from the stored one,
   * and stored active members the sheet no longer lists, deactivated (never deleted).
   */
  public List<Member> changesFrom(Map<String, Member> stored) {
    List<Member> changes = new ArrayList<>();
    Set<String> listed = new java.util.HashSet<>(keptIds);
    for (Member member : members) {
      listed.add(member.crewId());
      if (!member.equals(stored.get(member.crewId()))) {
        changes.add(member);
      }
    }
    stored.values().stream()
        .filter(m -> m.active() && !listed.contains(m.crewId()))
        .sorted(java.util.Comparator.comparing(Member::crewId))
        .forEach(m -> changes.add(m.deactivated()));
    return changes;
  }
}
