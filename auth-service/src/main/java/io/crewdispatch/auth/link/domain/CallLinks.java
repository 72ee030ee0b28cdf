package io.crewdispatch.auth.link.domain;

import java.time.Instant;

/**
 * The stored state of one call's link pair. The pair shares one state, so using either link kills
 * its twin with the same conditional write. A call withdrawn before its links were minted is kept
 * as a tombstone ({@link #minted()} false) so that a late CaptainCalled cannot revive it.
 *
 * @param keyId id of the key the links were derived from (so a redelivery re-derives them)
 * @param answer what was answered, null while unanswered
 * @param answerEventId the eventId of the TokenAccepted/TokenDeclined for {@code answer}
 * @param answerPublished whether that event has been acknowledged by the broker
 */
public record CallLinks(
    String callId,
    String charterId,
    String crewId,
    Role role,
    Charter charter,
    Instant respondBy,
    Instant expiresAt,
    Instant issuedAt,
    String keyId,
    TokenHash acceptHash,
    TokenHash declineHash,
    Answer answer,
    Instant answeredAt,
    String answerEventId,
    boolean answerPublished,
    Instant revokedAt,
    Revocation revocation) {

  /** A fresh, unanswered pair for {@code call}, derived from {@code key}. */
  public static CallLinks issue(Call call, LinkKey key, Instant expiresAt, Instant now) {
    return new CallLinks(
        call.callId(),
        call.charterId(),
        call.recipient().crewId(),
        call.role(),
        call.charter(),
        call.respondBy(),
        expiresAt,
        now,
        key.id(),
        LinkToken.derive(key, call.charterId(), call.callId(), Purpose.ACCEPT).hash(),
        LinkToken.derive(key, call.charterId(), call.callId(), Purpose.DECLINE).hash(),
        null,
        null,
        null,
        false,
        null,
        null);
  }

  /** This state after {@code answer} was recorded at {@code at} under {@code eventId}. */
  public CallLinks answered(Answer answer, String eventId, Instant at) {
    return new CallLinks(
        callId,
        charterId,
        crewId,
        role,
        charter,
        respondBy,
        expiresAt,
        issuedAt,
        keyId,
        acceptHash,
        declineHash,
        answer,
        at,
        eventId,
        false,
        revokedAt,
        revocation);
  }

  public boolean minted() {
    return acceptHash != null && declineHash != null;
  }

  public TokenHash hashFor(Purpose purpose) {
    return purpose == Purpose.ACCEPT ? acceptHash : declineHash;
  }

  /** Withdrawal outranks an answer: a captain who accepted a cancelled charter must learn so. */
  public LinkState stateAt(Instant now) {
    if (revokedAt != null) {
      return LinkState.WITHDRAWN;
    }
    if (answer != null) {
      return answer == Answer.ACCEPTED ? LinkState.ACCEPTED : LinkState.DECLINED;
    }
    return now.isBefore(expiresAt) ? LinkState.OPEN : LinkState.EXPIRED;
  }

  /**
   * True while the links are still worth telling: minted, unanswered and not withdrawn. A
   * redelivered call re-announces them under the same eventId (its consumers drop the copy).
   */
  public boolean worthAnnouncing() {
    return minted() && revokedAt == null && answer == null;
  }
}
