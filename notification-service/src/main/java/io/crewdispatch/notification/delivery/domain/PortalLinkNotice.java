package io.crewdispatch.notification.delivery.domain;

import java.util.Optional;

/**
 * A crew member's personal portal link (flow 14): sent when they join the roster, on request, and
 * when they rotate it. The URL is a long-lived bearer secret and goes only into the message.
 *
 * @param reason why it was issued: {@code JOINED}, {@code REQUESTED} or {@code ROTATED}
 */
public record PortalLinkNotice(String eventId, Person member, String portalUrl, String reason)
    implements Notice {

  @Override
  public NoticeKind kind() {
    return NoticeKind.PORTAL_LINK;
  }

  @Override
  public String key() {
    return member.crewId();
  }

  @Override
  public Optional<String> charterId() {
    return Optional.empty();
  }

  /** One message per issued link: auth-service makes a new event (and link) for each issue. */
  @Override
  public String deliveryId() {
    return "portal-link#" + eventId;
  }

  @Override
  public String toString() {
    // Never print the link: it opens the member's portal.
    return "PortalLinkNotice[eventId=" + eventId + ", crewId=" + member.crewId() + "]";
  }
}
