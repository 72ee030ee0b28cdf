package io.crewdispatch.auth.portal.application;

import io.crewdispatch.auth.link.domain.TokenHash;
import io.crewdispatch.auth.portal.domain.Member;
import io.crewdispatch.auth.portal.domain.PortalMember;
import io.crewdispatch.auth.portal.domain.Seat;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the portal keeps its members, their link hashes and its read model of their charters (table
 * {@code crew-portal-links}, items of their own). Every change is a conditional write.
 */
public interface PortalStore {

  /**
   * Stores the roster's record of a member unless a newer one is stored already; returns the member
   * as stored afterwards, or empty when {@code rosterAt} is older than what is stored.
   */
  Optional<PortalMember> saveMember(Member member, Instant rosterAt);

  Optional<PortalMember> findMember(String crewId);

  /** The crewId an address (see {@link Member#emailKey}) belongs to, if any member has it. */
  Optional<String> crewIdForEmail(String emailKey);

  /** The member a portal token's hash was issued to (current or not: check {@code holds}). */
  Optional<String> crewIdForLink(TokenHash hash);

  /**
   * Makes {@code fresh} the member's link in one transaction, if their current link is still {@code
   * expected} (null: they have none); the old hash is marked revoked. False if another writer
   * changed the link first.
   */
  boolean replaceLink(String crewId, TokenHash expected, TokenHash fresh, Instant now);

  /** Records that the broker has the PortalLinkIssued of {@code hash}, if it is still current. */
  void markAnnounced(String crewId, TokenHash hash, Instant now);

  /** Removes the member's link if it is still {@code current}. */
  boolean revokeLink(String crewId, TokenHash current, Instant now);

  /** Remembers that dispatch called the member (the calls themselves are the link store's). */
  void addCalls(String crewId, Set<String> callIds);

  /** Keeps dispatch's latest decision about the member's seat on a charter. */
  void recordSeat(Seat seat);

  List<Seat> seats(String crewId, Set<String> charterIds);

  /** When the charter was last cancelled, as the link store recorded it. */
  Optional<Instant> cancelledAt(String charterId);
}
