package io.crewdispatch.roster.member.application;

import io.crewdispatch.roster.member.domain.DayChange;
import io.crewdispatch.roster.member.domain.Member;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Table crew-roster. */
public interface MemberStore {

  /** Every stored member, by Crew ID. */
  Map<String, StoredMember> loadAll();

  Optional<StoredMember> find(String crewId);

  /**
   * Writes the record if it is still at {@code expectedVersion} (0: not stored yet) and returns its
   * new version; throws {@link ConcurrentMemberUpdateException} when someone else wrote first.
   */
  long save(Member member, long expectedVersion);

  /**
   * Records when these days took their values (one attribute per day on the member's item, so the
   * record's version is untouched and a concurrent sync does not conflict with it).
   */
  void recordDayChanges(String crewId, Map<LocalDate, DayChange> changes);

  /** Records that {@code version} is on roster-members (never moves backwards). */
  void markPublished(String crewId, long version);
}
