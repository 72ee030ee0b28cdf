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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
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
