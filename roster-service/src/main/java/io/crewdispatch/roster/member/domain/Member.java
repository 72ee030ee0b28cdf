package io.crewdispatch.roster.member.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A roster member's whole record: profile from the Roster tab (with the optional channel, pay and
 * certificate expiry dates), availability and pairings from the month tabs, and when the service
 * first saw them ({@code createdAt}, null until first stored). Equal records mean nothing to
 * publish.
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
    SortedMap<YearMonth, String> pairedCaptainByMonth,
    Channel channel,
    Pay pay,
    SortedMap<String, LocalDate> certificates,
    Instant createdAt) {

  public Member {
    availability = Collections.unmodifiableSortedMap(new TreeMap<>(availability));
    pairedCaptainByMonth = Collections.unmodifiableSortedMap(new TreeMap<>(pairedCaptainByMonth));
    certificates = Collections.unmodifiableSortedMap(new TreeMap<>(certificates));
  }

  public Member deactivated() {
    return new Member(
        crewId,
        name,
        rank,
        email,
        phone,
        cascadeOrder,
        false,
        availability,
        pairedCaptainByMonth,
        channel,
        pay,
        certificates,
        createdAt);
  }

  /** This profile with the given calendar. */
  public Member withCalendar(
      SortedMap<LocalDate, DayAvailability> days, SortedMap<YearMonth, String> pairings) {
    return new Member(
        crewId,
        name,
        rank,
        email,
        phone,
        cascadeOrder,
        active,
        days,
        pairings,
        channel,
        pay,
        certificates,
        createdAt);
  }

  /** The first time the service saw this member (kept from then on). */
  public Member firstSeen(Instant at) {
    return new Member(
        crewId,
        name,
        rank,
        email,
        phone,
        cascadeOrder,
        active,
        availability,
        pairedCaptainByMonth,
        channel,
        pay,
        certificates,
        at);
  }
}
