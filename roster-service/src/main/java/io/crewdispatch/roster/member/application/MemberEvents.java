package io.crewdispatch.roster.member.application;

import io.crewdispatch.roster.member.domain.Member;
import java.util.concurrent.CompletableFuture;

/** Topic roster-members: the member's whole current record, keyed by Crew ID. */
public interface MemberEvents {

  /** Sends the record; the future completes when the broker has acknowledged it. */
  CompletableFuture<Void> publish(Member member);
}
