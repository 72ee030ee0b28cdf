package io.crewdispatch.roster.member.application;

import io.crewdispatch.roster.member.domain.Member;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The stored roster, as the table holds it (not the sheet). */
@Service
public class RosterQueries {

  private final MemberStore store;

  RosterQueries(MemberStore store) {
    this.store = store;
  }

  /** Captains first, then crew, each in cascade order. */
  public List<Member> all() {
    return store.loadAll().values().stream()
        .map(StoredMember::member)
        .sorted(
            Comparator.comparing(Member::rank)
                .thenComparingInt(Member::cascadeOrder)
                .thenComparing(Member::crewId))
        .toList();
  }

  public Optional<Member> find(String crewId) {
    return store.find(crewId).map(StoredMember::member);
  }
}
