package io.crewdispatch.roster.member.application;

import io.crewdispatch.roster.member.domain.Member;
import java.util.Collection;

/** Told every member's current record after each sync that read the sheet. */
public interface MembersSynced {

  void synced(Collection<Member> members);
}
