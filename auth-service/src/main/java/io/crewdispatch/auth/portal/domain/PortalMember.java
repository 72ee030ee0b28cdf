package io.crewdispatch.auth.portal.domain;

import io.crewdispatch.auth.link.domain.TokenHash;
import java.util.Set;

/**
 * What the table holds for one member.
 *
 * @param linkHash the hash of their current portal token; null when they have none (inactive)
 * @param announced whether PortalLinkIssued for {@code linkHash} reached the broker
 * @param callIds every call dispatch made to them (the portal shows those still open)
 * @param charterIds every charter they were confirmed on or released from
 */
public record PortalMember(
    Member member,
    TokenHash linkHash,
    boolean announced,
    Set<String> callIds,
    Set<String> charterIds) {

  public PortalMember {
    callIds = Set.copyOf(callIds);
    charterIds = Set.copyOf(charterIds);
  }

  /** Constant time: how much of a presented hash matched must not show in the response time. */
  public boolean holds(TokenHash presented) {
    return member.active() && linkHash != null && linkHash.sameAs(presented);
  }
}
