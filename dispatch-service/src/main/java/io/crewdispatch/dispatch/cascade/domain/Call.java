package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.roster.domain.Rank;
import java.time.Instant;

/**
 * One call made for a charter.
 *
 * @param eventId the id of the CaptainCalled or CrewCalled event that announced it
 * @param attempt for captains, 1 for the first captain called, 2 for the next, and so on
 */
public record Call(
    String callId,
    String eventId,
    Person callee,
    int attempt,
    Instant calledAt,
    Instant respondBy,
    CallState state,
    Instant endedAt) {

  public Rank role() {
    return callee.rank();
  }

  public String crewId() {
    return callee.crewId();
  }

  public boolean is(CallState candidate) {
    return state == candidate;
  }

  /** A call that can still be accepted: open, or timed out while its seat may still be free. */
  public boolean answerable() {
    return state == CallState.OPEN || state == CallState.TIMED_OUT;
  }

  public boolean dueAt(Instant now) {
    return state == CallState.OPEN && !respondBy.isAfter(now);
  }

  Call extendedTo(Instant until) {
    return new Call(callId, eventId, callee, attempt, calledAt, until, state, endedAt);
  }

  public Call end(CallState outcome, Instant at) {
    return new Call(callId, eventId, callee, attempt, calledAt, respondBy, outcome, at);
  }
}
