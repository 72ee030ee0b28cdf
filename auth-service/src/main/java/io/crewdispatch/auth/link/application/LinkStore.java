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
   * Atomically adds the call to its charter's calls and returns when the charter was last
   * cancelled, if ever, so a call and a cancellation racing on different topics never miss each
   * other.
   */
  Optional<Instant> registerCall(String charterId, RegisteredCall call, Instant now);

  /** Stores both hashes of a fresh pair; a hash already stored is left as it is. */
  void saveLinks(CallLinks links);

  /** Stores a call's state unless one exists; returns false when it already did. */
  boolean createCall(CallLinks links);

  Optional<CallLinks> findCall(String callId);

  Optional<LinkRef> findLink(TokenHash hash);

  void markAnnounced(String callId, Instant at);

  /**
   * Records the answer if the call is still unanswered, unrevoked and unexpired at {@code now};
   * returns false when another request or event got there first.
   */
  boolean recordAnswer(String callId, Answer answer, String eventId, Instant now);

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
