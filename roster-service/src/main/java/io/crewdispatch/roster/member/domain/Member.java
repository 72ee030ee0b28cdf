package io.crewdispatch.roster.member.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A roster member's whole record: profile from the Roster tab, availability and pairings from the
 * month tabs. Equal records mean nothing to publish.
 */
public record Member(
    String crewId,
    String name,
    Rank rank,
    String email,
    String phone,
    int cascadeOrder,
    boolean active,
    SortedMap<LocalDate, DayAvailability> availability,
    SortedMap<YearMonth, String> pairedCaptainByMonth) {

  public Member {
    availability = Collections.unmodifiableSortedMap(new TreeMap<>(availability));
    pairedCaptainByMonth = Collections.unmodifiableSortedMap(new TreeMap<>(pairedCaptainByMonth));
  }

  public Member deactivated() {
    return new Member(
        crewId, name, rank, email, phone, cascadeOrder, false, availability, pairedCaptainByMonth);
  }

  /** This profile with the given calendar. */
  public Member withCalendar(
      SortedMap<LocalDate, DayAvailability> days, SortedMap<YearMonth, String> pairings) {
    return new Member(crewId, name, rank, email, phone, cascadeOrder, active, days, pairings);
  }
}
