package io.crewdispatch.auth.link.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Where an accepted call stands, as the accept page shows it. The page never says confirmed before
 * dispatch did: until one of dispatch's events about the call (or the person's seat) arrives, the
 * answer is only received.
 */
public record Confirmation(State state, NotConfirmed reason) {

  public enum State {
    /** The answer is recorded; dispatch has not decided yet. */
    PENDING,
    CONFIRMED,
    NOT_CONFIRMED
  }

  /**
   * The latest of what dispatch said about this call, what it said about the person's seat since
   * they answered, and a withdrawal of the call's links (a cancelled charter ends them without a
   * dispatch event about the call).
   */
  public static Confirmation of(
      CallLinks call, Optional<CallOutcome> aboutCall, Optional<CallOutcome> aboutSeat) {
    CallOutcome latest = aboutCall.orElse(null);
    Instant answeredAt = call.answeredAt();
    if (aboutSeat.isPresent()
        && !aboutSeat.get().at().isBefore(answeredAt)
        && aboutSeat.get().isAfter(latest)) {
      latest = aboutSeat.get();
    }
    if (call.revokedAt() != null && call.revocation() != null) {
      CallOutcome withdrawn =
          CallOutcome.notConfirmed(NotConfirmed.of(call.revocation()), call.revokedAt());
      if (withdrawn.isAfter(latest)) {
        latest = withdrawn;
      }
    }
    if (latest == null) {
      return new Confirmation(State.PENDING, null);
    }
    return latest.confirmed()
        ? new Confirmation(State.CONFIRMED, null)
        : new Confirmation(State.NOT_CONFIRMED, latest.reason());
  }

  public boolean decided() {
    return state != State.PENDING;
  }
}
