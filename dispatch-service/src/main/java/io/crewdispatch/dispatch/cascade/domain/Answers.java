package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.roster.domain.Rank;
import io.crewdispatch.dispatch.timeline.domain.EntryType;
import java.time.Instant;
import java.util.Optional;

/**
 * What an accept or a decline does. The first accept for a free seat wins, even after its deadline;
 * an answer that cannot count is noted, and a late accept is told that its call no longer stands.
 */
public final class Answers {

  private final CaptainSteps captains;
  private final CrewSteps crew;

  Answers(CaptainSteps captains, CrewSteps crew) {
    this.captains = captains;
    this.crew = crew;
  }

  public Decision accept(
      Charter c, String eventId, String callId, String crewId, Crewing crewing, Instant now) {
    Draft d = new Draft(c, eventId, true, crewing, now);
    Optional<Call> found = answerable(d, callId, crewId, "accept");
    if (found.isEmpty()) {
      return d.decision();
    }
    Call call = found.get();
    if (call.role() == Rank.CREW) {
      crew.accept(d, call);
    } else if (c.captain().isPresent()) {
      d.note(EntryType.ACCEPTED, crewId, "captain accepted after another captain took the seat");
      Announce.withdraw(d, call, WithdrawalReason.FILLED_BY_OTHER, CallState.WITHDRAWN);
    } else {
      captains.accept(d, call);
    }
    return d.decision();
  }

  public Decision decline(
      Charter c, String eventId, String callId, String crewId, Crewing crewing, Instant now) {
    Draft d = new Draft(c, eventId, true, crewing, now);
    Optional<Call> found = answerable(d, callId, crewId, "decline");
    if (found.isEmpty()) {
      return d.decision();
    }
    Call call = found.get();
    boolean wasOpen = call.is(CallState.OPEN);
    d.update(ch -> ch.with(call.end(CallState.DECLINED, now)));
    String role = call.role().name().toLowerCase();
    d.note(EntryType.DECLINED, crewId, role + " declined" + (wasOpen ? "" : " after the deadline"));
    if (wasOpen) {
      captains.advance(d, call.role());
    }
    return d.decision();
  }

  /** Finds the call an answer is for; notes and answers anything that cannot count. */
  private Optional<Call> answerable(Draft d, String callId, String crewId, String answer) {
    Charter c = d.charter();
    Optional<Call> call = c.call(callId).filter(found -> found.crewId().equals(crewId));
    if (call.isEmpty()) {
      d.note(EntryType.IGNORED, crewId, answer + " for unknown call " + callId);
      return Optional.empty();
    }
    if (c.status().finished()) {
      d.note(EntryType.IGNORED, crewId, answer + " after the charter was " + c.status());
      if (call.get().answerable() && answer.equals("accept")) {
        WithdrawalReason reason =
            c.status() == CharterStatus.CANCELLED
                ? WithdrawalReason.CHARTER_CANCELLED
                : WithdrawalReason.SUPERSEDED;
        Announce.withdraw(d, call.get(), reason, CallState.WITHDRAWN);
      }
      return Optional.empty();
    }
    if (!call.get().answerable()) {
      d.note(EntryType.IGNORED, crewId, answer + " for a call already " + call.get().state());
      return Optional.empty();
    }
    return call;
  }
}
