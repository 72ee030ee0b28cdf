package io.crewdispatch.roster.member.application;

import io.crewdispatch.roster.member.domain.DayChange;
import io.crewdispatch.roster.member.domain.Member;
import java.time.LocalDate;
import java.util.Map;

/**
 * A member as stored, with the version of the record and the version last published on
 * roster-members (a gap means an event still owed), and when each day that changed since the
 * service started keeping it took its value ({@link DayChange}).
 */
public record StoredMember(
    Member member, long version, long publishedVersion, Map<LocalDate, DayChange> dayChanges) {

  public StoredMember {
    dayChanges = Map.copyOf(dayChanges);
  }

  public StoredMember(Member member, long version, long publishedVersion) {
    this(member, version, publishedVersion, Map.of());
  }

  public boolean publishPending() {
    return publishedVersion < version;
  }
}
