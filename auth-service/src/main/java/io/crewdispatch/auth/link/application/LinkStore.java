package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.Answer;
import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.LinkRef;
import io.crewdispatch.auth.link.domain.RegisteredCall;
import io.crewdispatch.auth.link.domain.Revocation;
import io.crewdispatch.auth.link.domain.TokenHash;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where links live (table {@code crew-portal-links}); every change is a conditional write. */
public interface LinkStore {

  /**
   * In one atomic write: adds the call to its charter's calls and stores the pair's two hashes and
   * the call's state — unless the charter was cancelled at or after the call was made, or the call
   * was minted (or tombstoned) before. A call and a cancellation racing on different topics
   * therefore never miss each other: whichever writes second sees the other.
   */
  Minting mint(RegisteredCall call, CallLinks fresh, Instant now);

  /**
   * {@link #mint} for several calls of different charters in one transaction (at most {@link
   * #TOGETHER} calls): all of them, or none.
   *
   * @return false when nothing was stored because a charter was cancelled, a call was minted
   *     before, or another writer was at one of the items: each must then be minted on its own
   */
  boolean mintAll(List<Mint> mints, Instant now);

  /** Calls one {@link #mintAll} may mint: four items each, a transaction holds 100. */
  int TOGETHER = 25;

  /** A call to mint and its fresh pair. */
  record Mint(RegisteredCall call, CallLinks fresh) {}

  /** What {@link #mint} did. */
  enum Minting {
    /** Stored: the fresh pair is the call's. */
    MINTED,
    /** The call already had a state (a redelivery, or a withdrawal that came first): untouched. */
    ALREADY_MINTED,
    /** The charter was cancelled at or after the call was made: nothing stored. */
    CHARTER_CANCELLED
  }

  Optional<CallLinks> findCall(String callId);

  Optional<LinkRef> findLink(TokenHash hash);

  /**
   * Records the answer if the call is still unanswered, unrevoked and unexpired at {@code now};
   * returns false when another request or event got there first.
   */
  boolean recordAnswer(String callId, Answer answer, String eventId, Instant now);

  /**
   * Records the answer a link gives, as {@link #recordAnswer} does, on the further condition that
   * the call's hash for the link's purpose is {@code link}'s; returns the call as it then stands,
   * read in the same write, or empty when the call was not open for this link (unknown, another
   * answer first, withdrawn, expired).
   */
  Optional<CallLinks> recordAnswer(LinkRef link, String eventId, Instant now);

  void markAnswerPublished(String callId, String eventId);

  /** Answers recorded before {@code answeredBefore} whose event the broker has not yet acked. */
  List<CallLinks> unpublishedAnswers(Instant answeredBefore, int limit);

  /** Kills a call's links (or leaves a tombstone); returns false if they already were dead. */
  boolean revokeCall(String charterId, String callId, Revocation reason, Instant now);

  /**
   * Records that the charter was cancelled at {@code cancelledAt} (the latest cancellation wins)
   * and returns every call registered for it.
   */
  List<RegisteredCall> cancelCharter(String charterId, Instant cancelledAt, Instant now);
}
