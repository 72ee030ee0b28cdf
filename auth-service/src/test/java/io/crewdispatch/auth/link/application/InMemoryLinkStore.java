package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.Answer;
import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.LinkRef;
import io.crewdispatch.auth.link.domain.Purpose;
import io.crewdispatch.auth.link.domain.RegisteredCall;
import io.crewdispatch.auth.link.domain.Revocation;
import io.crewdispatch.auth.link.domain.TokenHash;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A fake of our own port for unit tests, with the conditions the DynamoDB adapter enforces. */
class InMemoryLinkStore implements LinkStore {

  final Map<String, CallLinks> calls = new HashMap<>();
  final Map<String, LinkRef> links = new HashMap<>();
  final Map<String, Set<RegisteredCall>> charterCalls = new HashMap<>();
  final Map<String, Instant> cancelled = new HashMap<>();

  @Override
  public synchronized Minting mint(RegisteredCall call, CallLinks fresh, Instant now) {
    Instant cancelledAt = cancelled.get(fresh.charterId());
    if (cancelledAt != null && !call.calledAt().isAfter(cancelledAt)) {
      return Minting.CHARTER_CANCELLED;
    }
    if (calls.containsKey(fresh.callId())) {
      return Minting.ALREADY_MINTED;
    }
    charterCalls.computeIfAbsent(fresh.charterId(), c -> new LinkedHashSet<>()).add(call);
    for (Purpose purpose : Purpose.values()) {
      TokenHash hash = fresh.hashFor(purpose);
      links.put(hash.hex(), new LinkRef(hash, fresh.callId(), purpose));
    }
    calls.put(fresh.callId(), fresh);
    return Minting.MINTED;
  }

  @Override
  public synchronized Optional<CallLinks> findCall(String callId) {
    return Optional.ofNullable(calls.get(callId));
  }

  @Override
  public synchronized Optional<LinkRef> findLink(TokenHash hash) {
    return Optional.ofNullable(links.get(hash.hex()));
  }

  @Override
  public synchronized boolean recordAnswer(
      String callId, Answer answer, String eventId, Instant now) {
    CallLinks c = calls.get(callId);
    if (c == null
        || !c.minted()
        || c.answer() != null
        || c.revokedAt() != null
        || !now.isBefore(c.expiresAt())) {
      return false;
    }
    calls.put(callId, c.answered(answer, eventId, now));
    return true;
  }

  @Override
  public synchronized void markAnswerPublished(String callId, String eventId) {
    CallLinks c = calls.get(callId);
    if (c != null && eventId.equals(c.answerEventId())) {
      calls.put(
          callId,
          new CallLinks(
              c.callId(),
              c.charterId(),
              c.crewId(),
              c.role(),
              c.charter(),
              c.respondBy(),
              c.expiresAt(),
              c.issuedAt(),
              c.keyId(),
              c.acceptHash(),
              c.declineHash(),
              c.answer(),
              c.answeredAt(),
              c.answerEventId(),
              true,
              c.revokedAt(),
              c.revocation()));
    }
  }

  @Override
  public synchronized List<CallLinks> unpublishedAnswers(Instant answeredBefore, int limit) {
    return calls.values().stream()
        .filter(c -> c.answer() != null && !c.answerPublished())
        .filter(c -> !c.answeredAt().isAfter(answeredBefore))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized boolean revokeCall(
      String charterId, String callId, Revocation reason, Instant now) {
    CallLinks c = calls.get(callId);
    if (c != null && c.revokedAt() != null) {
      return false;
    }
    calls.put(
        callId,
        c == null
            ? new CallLinks(
                callId, charterId, null, null, null, null, null, null, null, null, null, null, null,
                null, false, now, reason)
            : new CallLinks(
                c.callId(),
                c.charterId(),
                c.crewId(),
                c.role(),
                c.charter(),
                c.respondBy(),
                c.expiresAt(),
                c.issuedAt(),
                c.keyId(),
                c.acceptHash(),
                c.declineHash(),
                c.answer(),
                c.answeredAt(),
                c.answerEventId(),
                c.answerPublished(),
                now,
                reason));
    return true;
  }

  @Override
  public synchronized List<RegisteredCall> cancelCharter(
      String charterId, Instant cancelledAt, Instant now) {
    cancelled.merge(charterId, cancelledAt, (a, b) -> a.isAfter(b) ? a : b);
    return new ArrayList<>(charterCalls.getOrDefault(charterId, Set.of()));
  }
}
