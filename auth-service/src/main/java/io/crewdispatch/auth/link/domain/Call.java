package io.crewdispatch.auth.link.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One call of one person for one seat on one charter, as dispatch-service announced it.
 *
 * @param recipient who the links go to (carried through to the email, never stored)
 */
public record Call(
    String callId,
    String charterId,
    Recipient recipient,
    Role role,
    Instant respondBy,
    Charter charter) {

  public Call {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(charterId, "charterId");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(respondBy, "respondBy");
    Objects.requireNonNull(charter, "charter");
  }

  /** The person called; name, email and phone only travel on to the email, never to storage. */
  public record Recipient(String crewId, String name, String email, String phone, Role rank) {}
}
