package io.crewdispatch.notification.delivery.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A captain or crew member is asked to sail; the links are live secrets and go only into the email.
 */
public record CallNotice(
    String eventId,
    String callId,
    Person recipient,
    Charter charter,
    String acceptUrl,
    String declineUrl,
    Instant respondBy,
    Instant expiresAt)
    implements Notice {

  @Override
  public NoticeKind kind() {
    return NoticeKind.CALL;
  }

  @Override
  public String key() {
    return charter.charterId();
  }

  @Override
  public Optional<String> charterId() {
    return Optional.of(charter.charterId());
  }

  @Override
  public String toString() {
    // Never print the links: they are bearer secrets.
    return "CallNotice[eventId=" + eventId + ", callId=" + callId + "]";
  }
}
