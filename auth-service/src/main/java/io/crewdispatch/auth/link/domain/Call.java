package io.crewdispatch.auth.link.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One call of one person for one seat on one charter, as dispatch-service announced it.
 *
 * @param recipient who the links go to (carried through to the email, never stored)
 * @param calledAt when dispatch-service made the call (the event's occurredAt): a cancellation
 *     kills only calls made before it, so a charter re-booked under the same id is called again
 */
public record Call(
    String callId,
    String charterId,
    Recipient recipient,
    Role role,
    Instant calledAt,
    Instant respondBy,
    Charter charter) {

  public Call {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(charterId, "charterId");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(calledAt, "calledAt");
    Objects.requireNonNull(respondBy, "respondBy");
    Objects.requireNonNull(charter, "charter");
  }

  /** The person called; name, email and phone only travel on to the email, never to storage. */
  public record Recipient(String crewId, String name, String email, String phone, Role rank) {}
}
