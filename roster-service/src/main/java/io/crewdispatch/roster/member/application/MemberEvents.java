package io.crewdispatch.roster.member.application;

import io.crewdispatch.roster.member.domain.Member;

/** Topic roster-members: the member's whole current record, keyed by Crew ID. */
public interface MemberEvents {

  /** Publishes and waits for the broker's acknowledgement. */
  void publish(Member member);
}
