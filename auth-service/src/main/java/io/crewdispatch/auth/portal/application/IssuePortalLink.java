package io.crewdispatch.auth.portal.application;

import io.crewdispatch.auth.link.domain.TokenHash;
import io.crewdispatch.auth.portal.domain.IssueReason;
import io.crewdispatch.auth.portal.domain.Member;
import io.crewdispatch.auth.portal.domain.PortalMember;
import io.crewdispatch.auth.portal.domain.PortalToken;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Issues, rotates and revokes members' portal links (DESIGN.md flow 14).
 *
 * <p>The token is random, so a link cannot be announced twice: a redelivered RosterChanged finds
 * the link stored and announced and does nothing. If the service died after storing a link but
 * before the broker took its PortalLinkIssued, the raw token is lost with it; the redelivery then
 * replaces the unannounced link with a fresh one and announces that, so exactly one link ever
 * works.
 */
@Service
public class IssuePortalLink {

  private static final Logger log = LoggerFactory.getLogger(IssuePortalLink.class);

  private final PortalStore store;
  private final PortalEvents events;
  private final URI portalPage;
  private final Clock clock;

  IssuePortalLink(PortalStore store, PortalEvents events, PortalUrls urls, Clock clock) {
    this.store = store;
    this.events = events;
    this.portalPage = urls.portal();
    this.clock = clock;
  }

  /** RosterChanged: an active member gets a link once; an inactive one loses theirs. */
  public void onRoster(Member member, Instant rosterAt) {
    Optional<PortalMember> saved = store.saveMember(member, rosterAt);
    if (saved.isEmpty()) {
      log.info("event=roster_change_outdated crewId={}", member.crewId());
      return;
    }
    PortalMember stored = saved.get();
    if (!member.active()) {
      if (stored.linkHash() != null
          && store.revokeLink(member.crewId(), stored.linkHash(), clock.instant())) {
        log.info(
            "event=portal_link_revoked crewId={} hash={}",
            member.crewId(),
            stored.linkHash().prefix());
      }
      return;
    }
    if (stored.linkHash() == null || !stored.announced()) {
      issue(stored, IssueReason.JOINED);
    }
  }

  /**
   * The request page: a new link for the address's active member, whoever asks (it goes to the
   * member, not to the asker). Says nothing about whether the address is known.
   */
  public void request(String email) {
    store
        .crewIdForEmail(Member.emailKey(email))
        .flatMap(store::findMember)
        .filter(m -> m.member().active())
        .filter(m -> Member.emailKey(m.member().email()).equals(Member.emailKey(email)))
        .ifPresent(m -> issue(m, IssueReason.REQUESTED));
  }

  /** "Send me a new link" from the portal: the current one stops working at once. */
  public void rotate(String crewId) {
    store
        .findMember(crewId)
        .filter(m -> m.member().active())
        .ifPresent(m -> issue(m, IssueReason.ROTATED));
  }

  private void issue(PortalMember current, IssueReason reason) {
    String crewId = current.member().crewId();
    Instant now = clock.instant();
    PortalToken token = PortalToken.random();
    TokenHash hash = token.hash();
    if (!store.replaceLink(crewId, current.linkHash(), hash, now)) {
      // Another delivery or request changed the link meanwhile; it announces its own.
      log.info("event=portal_link_raced crewId={} reason={}", crewId, reason);
      return;
    }
    events.linkIssued(
        new PortalLinkAnnouncement(
            UUID.randomUUID().toString(),
            now,
            current.member(),
            PortalUrls.withToken(portalPage, token),
            reason));
    store.markAnnounced(crewId, hash, clock.instant());
    log.info("event=portal_link_issued crewId={} reason={} hash={}", crewId, reason, hash.prefix());
  }
}
