package io.crewdispatch.auth.portal.application;

import io.crewdispatch.auth.portal.domain.IssueReason;
import io.crewdispatch.auth.portal.domain.Member;
import java.net.URI;
import java.time.Instant;

/**
 * PortalLinkIssued: the raw link exists here and in the message sent to the member, nowhere else.
 */
public record PortalLinkAnnouncement(
    String eventId, Instant occurredAt, Member recipient, URI portalUrl, IssueReason reason) {

  @Override
  public String toString() {
    return "PortalLinkAnnouncement[eventId=" + eventId + ", reason=" + reason + "]";
  }
}
