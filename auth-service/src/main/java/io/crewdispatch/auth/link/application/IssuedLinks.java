package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.Call;
import java.net.URI;
import java.time.Instant;

/** A call's live links, for the email: the only place the raw tokens travel. */
public record IssuedLinks(
    String eventId,
    Instant occurredAt,
    Call call,
    URI acceptUrl,
    URI declineUrl,
    Instant expiresAt) {

  @Override
  public String toString() {
    return "IssuedLinks[eventId=" + eventId + ", callId=" + call.callId() + "]"; // no tokens
  }
}
