package io.crewdispatch.roster.member.domain;

import io.crewdispatch.roster.sheet.domain.SheetSnapshot;
import io.crewdispatch.roster.sheet.domain.SheetUnreadableException;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.time.Instant;
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
 * whose rows were rejected (they keep their last good record), every rejection, the Crew IDs to
 * write back, and the tabs that are neither the service's nor a month (listed, so that a tab the
 * service cannot read as a month is never skipped without a word).
 */
public record RosterReading(
    List<Member> members,
    Set<String> keptIds,
    List<Rejection> rejections,
    List<NewCrewId> newCrewIds,
    List<String> ignoredTabs) {

  /** The tab that holds the people (and the Crew ID cells the service fills). */
  public static final String ROSTER_TAB = RosterTab.NAME;

  /** Tabs the service knows by name; every other tab is a month or is ignored. */
  private static final Set<String> KNOWN_TABS =
      Set.of(RosterTab.NAME, "Assignments", SyncStatusTab.NAME);

  /** {@code today} (in the office's zone) dates month tabs named without a year. */
  public static RosterReading of(
      SheetSnapshot snapshot, Map<String, Member> stored, LocalDate today, PhoneFormat phones) {
    Tab rosterTab =
        snapshot
            .tab(RosterTab.NAME)
            .orElseThrow(() -> new SheetUnreadableException("the Roster tab is missing"));
    RosterTabReading roster = RosterTab.read(rosterTab, phones);
    List<Rejection> rejections = new ArrayList<>(roster.rejections());
    List<String> ignored = new ArrayList<>();
    Map<YearMonth, List<Tab>> tabsByMonth = new LinkedHashMap<>();
    for (Tab tab : snapshot.tabs()) {
      Optional<YearMonth> month = MonthTabName.parse(tab.name(), today);
      if (month.isPresent()) {
        tabsByMonth.computeIfAbsent(month.get(), m -> new ArrayList<>()).add(tab);
      } else if (!isKnown(tab.name())) {
        ignored.add(tab.name());
      }
    }
    Map<YearMonth, MonthTabReading> months = new LinkedHashMap<>();
    tabsByMonth.forEach(
        (month, tabs) -> {
          if (tabs.size() > 1) {
            // Which of two tabs is right is the office's call: neither is applied, both are named.
            tabs.forEach(tab -> rejections.add(duplicate(tab, month, tabs)));
            return;
          }
          MonthTabReading reading = MonthTab.read(tabs.get(0), month, roster);
          months.put(month, reading);
          rejections.addAll(reading.rejections());
        });
    List<Member> members = new ArrayList<>();
    for (Member profile : roster.accepted()) {
      Member before = stored.get(profile.crewId());
      TreeMap<LocalDate, DayAvailability> days =
          new TreeMap<>(before == null ? Map.of() : before.availability());
      TreeMap<YearMonth, String> pairs =
          new TreeMap<>(before == null ? Map.of() : before.pairedCaptainByMonth());
      months.values().forEach(m -> m.applyTo(profile, days, pairs));
      Instant firstSeen = before == null ? null : before.createdAt();
      members.add(profile.withCalendar(days, pairs).firstSeen(firstSeen));
    }
    return new RosterReading(
        List.copyOf(members),
        roster.rejectedIds(),
        List.copyOf(rejections),
        roster.writeBack(),
        List.copyOf(ignored));
  }

  private static boolean isKnown(String tabName) {
    return KNOWN_TABS.stream().anyMatch(known -> known.equalsIgnoreCase(tabName.strip()));
  }

  private static Rejection duplicate(Tab tab, YearMonth month, List<Tab> tabs) {
    String names = String.join("', '", tabs.stream().map(Tab::name).toList());
    return new Rejection(
        tab.name(),
        1,
        "",
        "tabs '"
            + names
            + "' are all "
            + MonthTabName.of(month)
            + "; none is read until only one is left");
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
      // No first-seen time yet: new, or stored before the service kept one.
      if (member.createdAt() == null || !member.equals(stored.get(member.crewId()))) {
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
