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
    if (call.role() == Rank.CAPTAIN && c.captain().isPresent()) {
      d.note(EntryType.ACCEPTED, crewId, "captain accepted after another captain took the seat");
      Announce.withdraw(d, call, WithdrawalReason.FILLED_BY_OTHER, CallState.WITHDRAWN);
    } else if (call.role() == Rank.CREW && c.crew().size() >= c.details().crewRequired()) {
      d.note(EntryType.ACCEPTED, crewId, "crew accepted after every seat was taken");
      Announce.withdraw(d, call, WithdrawalReason.FILLED_BY_OTHER, CallState.WITHDRAWN);
    } else {
      confirmIfEligible(d, call);
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

  /**
   * Flow 10: an accept confirms only someone who, as stored at this moment, is active, available
   * that day, licensed, and holds no overlapping charter. The hold read here is the version the
   * confirmation's hold write is conditioned on, so a concurrent confirmation elsewhere makes this
   * save fail and the accept is decided again on the new hold.
   */
  private void confirmIfEligible(Draft d, Call call) {
    Crewing.Reach now =
        call.role() == Rank.CAPTAIN
            ? d.crewing.reachNowWithCrew(call.crewId())
            : d.crewing.reachNow(call.crewId(), call.role());
    if (now.callable()) {
      if (call.role() == Rank.CREW) {
        crew.accept(d, call, null);
      } else {
        captains.accept(d, call, null);
      }
      return;
    }
    String role = call.role().name().toLowerCase();
    boolean wasOpen = call.is(CallState.OPEN);
    d.note(EntryType.ACCEPTED, call.crewId(), role + " accepted but " + now.obstacle().why());
    Announce.withdraw(d, call, now.obstacle().reason(), CallState.WITHDRAWN);
    if (wasOpen) {
      captains.advance(d, call.role());
    }
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
