package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.Call;
import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.ExpiryPolicy;
import io.crewdispatch.auth.link.domain.LinkKey;
import io.crewdispatch.auth.link.domain.LinkKeys;
import io.crewdispatch.auth.link.domain.LinkToken;
import io.crewdispatch.auth.link.domain.Purpose;
import io.crewdispatch.auth.link.domain.RegisteredCall;
import io.crewdispatch.auth.link.domain.Revocation;
import io.crewdispatch.platform.logging.Failures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Mints the accept/decline pair of a call and announces it (AcceptLinkIssued).
 *
 * <p>The rule: tokens are HMACs of the charter, the call and the purpose under the server key, and
 * the call's state is created once, with its charter registration and both hashes, in one
 * conditional transaction. A redelivered call therefore finds the same pair (never a second valid
 * one) and, while the call is still open, re-announces the very same links under the same eventId,
 * which its consumers drop as a duplicate; an answered or withdrawn call is never re-announced. Not
 * recording "announced" saves a write per call on the path to the captain's phone.
 */
@Service
public class IssueLinks {

  private static final Logger log = LoggerFactory.getLogger(IssueLinks.class);

  private final LinkStore store;
  private final LinkEvents events;
  private final LinkKeys keys;
  private final ExpiryPolicy expiry;
  private final LinkUrls urls;
  private final Clock clock;

  public IssueLinks(
      LinkStore store,
      LinkEvents events,
      LinkKeys keys,
      ExpiryPolicy expiry,
      LinkUrls urls,
      Clock clock) {
    this.store = store;
    this.events = events;
    this.keys = keys;
    this.expiry = expiry;
    this.urls = urls;
    this.clock = clock;
  }

  public void issue(Call call) {
    Instant now = clock.instant();
    Instant expiresAt = expiry.expiresAt(call.respondBy(), call.charter().departure());
    if (!expiresAt.isAfter(now)) {
      log.warn(
          "event=call_too_late charterId={} callId={} expiresAt={}",
          call.charterId(),
          call.callId(),
          expiresAt);
      return;
    }
    CallLinks fresh = CallLinks.issue(call, keys.current(), expiresAt, now);
    LinkStore.Minting minting =
        store.mint(new RegisteredCall(call.callId(), call.calledAt()), fresh, now);
    if (minting == LinkStore.Minting.CHARTER_CANCELLED) {
      store.revokeCall(call.charterId(), call.callId(), Revocation.CHARTER_CANCELLED, now);
      log.info(
          "event=call_on_cancelled_charter charterId={} callId={}",
          call.charterId(),
          call.callId());
      return;
    }
    CallLinks stored =
        minting == LinkStore.Minting.MINTED ? fresh : store.findCall(call.callId()).orElseThrow();
    if (!stored.worthAnnouncing()) {
      log.info(
          "event=call_already_handled charterId={} callId={}", call.charterId(), call.callId());
      return;
    }
    Optional<LinkKey> key = keys.byId(stored.keyId());
    if (key.isEmpty()) {
      log.error(
          "event=links_key_retired charterId={} callId={} keyId={}",
          call.charterId(),
          call.callId(),
          stored.keyId());
      return;
    }
    events.linksIssued(announcement(call, stored, key.get()));
    log.info(
        "event=links_issued charterId={} callId={} acceptHash={} declineHash={}",
        call.charterId(),
        call.callId(),
        stored.acceptHash().prefix(),
        stored.declineHash().prefix());
  }

  /**
   * Calls of different charters found in one fetch (a backlog): minted in one transaction per
   * {@link LinkStore#TOGETHER} calls and announced with one send, instead of a transaction and a
   * send each. A transaction refused (a charter cancelled, a call minted before: a redelivery) or
   * failed mints none of its calls, and a send that fails announces none for sure; those calls, and
   * any already too late, are left to the caller to issue one by one, which finds out why (a call
   * minted here and announced there again keeps its eventId, which consumers drop).
   *
   * @return the ids of the calls minted and announced here
   */
  public Set<String> issueTogether(List<Call> calls) {
    Instant now = clock.instant();
    LinkKey key = keys.current();
    List<LinkStore.Mint> chunk = new ArrayList<>();
    Map<String, Call> byId = new HashMap<>();
    Set<String> done = new HashSet<>();
    for (Call call : calls) {
      Instant expiresAt = expiry.expiresAt(call.respondBy(), call.charter().departure());
      if (!expiresAt.isAfter(now)) {
        continue;
      }
      byId.put(call.callId(), call);
      chunk.add(
          new LinkStore.Mint(
              new RegisteredCall(call.callId(), call.calledAt()),
              CallLinks.issue(call, key, expiresAt, now)));
      if (chunk.size() == LinkStore.TOGETHER) {
        done.addAll(mintAndAnnounce(chunk, byId, key, now));
        chunk = new ArrayList<>();
      }
    }
    if (!chunk.isEmpty()) {
      done.addAll(mintAndAnnounce(chunk, byId, key, now));
    }
    return done;
  }

  private Set<String> mintAndAnnounce(
      List<LinkStore.Mint> mints, Map<String, Call> calls, LinkKey key, Instant now) {
    try {
      if (!store.mintAll(mints, now)) {
        return Set.of();
      }
      events.linksIssuedAll(
          mints.stream()
              .map(m -> announcement(calls.get(m.call().callId()), m.fresh(), key))
              .toList());
    } catch (RuntimeException failed) {
      // Issued one by one, each call meets the failure again if it lasts, and is retried alone.
      log.warn(
          "event=issue_together_failed calls={} retry=one_by_one error={}",
          mints.size(),
          Failures.describe(failed));
      return Set.of();
    }
    Set<String> done = new HashSet<>();
    for (LinkStore.Mint m : mints) {
      done.add(m.call().callId());
      log.info(
          "event=links_issued charterId={} callId={} acceptHash={} declineHash={} together={}",
          m.fresh().charterId(),
          m.call().callId(),
          m.fresh().acceptHash().prefix(),
          m.fresh().declineHash().prefix(),
          mints.size());
    }
    return done;
  }

  private IssuedLinks announcement(Call call, CallLinks stored, LinkKey key) {
    return new IssuedLinks(
        announcementId(call.callId()),
        stored.issuedAt(),
        call,
        urls.to(
            Purpose.ACCEPT, LinkToken.derive(key, call.charterId(), call.callId(), Purpose.ACCEPT)),
        urls.to(
            Purpose.DECLINE,
            LinkToken.derive(key, call.charterId(), call.callId(), Purpose.DECLINE)),
        stored.expiresAt());
  }

  /** One announcement per call: a re-sent one carries the same id, so its consumer drops it. */
  static String announcementId(String callId) {
    return UUID.nameUUIDFromBytes(("AcceptLinkIssued|" + callId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
