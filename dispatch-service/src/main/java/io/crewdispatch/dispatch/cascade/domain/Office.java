package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.roster.domain.Rank;
import io.crewdispatch.dispatch.timeline.domain.EntryType;
import java.time.Instant;
import java.util.Optional;

/**
 * Flow 11: the office's actions on a cascade. Each obeys the rules an accept obeys (holds,
 * availability, licence, one captain), lands in the timeline with the office user, and is refused
 * with a {@link Refusal} (nothing changed) when it cannot apply.
 */
public final class Office {

  private final Cascade cascade;
  private final CaptainSteps captains;
  private final CrewSteps crew;

  Office(Cascade cascade, CaptainSteps captains, CrewSteps crew) {
    this.cascade = cascade;
    this.captains = captains;
    this.crew = crew;
  }

  /** Confirms a person the office reached by phone, as if they had accepted a call. */
  public Decision assign(
      Charter c,
      String actionId,
      String crewId,
      Rank role,
      String by,
      Crewing crewing,
      Instant now) {
    open(c);
    if (role == Rank.CAPTAIN && c.captain().isPresent()) {
      throw new Refusal("the charter already has captain " + c.captain().get().crewId());
    }
    if (role == Rank.CREW && c.captain().isEmpty()) {
      throw new Refusal("crew are assigned once the charter has a captain");
    }
    if (role == Rank.CREW && c.crew().size() >= c.details().crewRequired()) {
      throw new Refusal("every crew seat is already confirmed");
    }
    if (c.holders().contains(crewId)) {
      throw new Refusal(crewId + " is already confirmed on this charter");
    }
    Crewing.Reach reach = crewing.reachNow(crewId, role);
    if (!reach.callable()) {
      String why = reach.obstacle().why();
      String conflict =
          reach.obstacle().reason() == WithdrawalReason.HELD_ELSEWHERE
              ? why.substring(why.lastIndexOf(' ') + 1)
              : null;
      throw new Refusal(crewId + " " + why, conflict);
    }
    Draft d = new Draft(c, actionId, true, crewing, now);
    Call seat =
        c.calls().stream()
            .filter(call -> call.crewId().equals(crewId) && call.is(CallState.OPEN))
            .findFirst()
            .orElseGet(
                () ->
                    new Call(
                        Draft.newId(),
                        Draft.newId(),
                        reach.person(),
                        role == Rank.CAPTAIN
                            ? c.calls(Rank.CAPTAIN).stream().mapToInt(Call::attempt).max().orElse(0)
                                + 1
                            : 0,
                        now,
                        now,
                        CallState.OPEN,
                        null));
    d.update(ch -> ch.with(seat));
    if (role == Rank.CAPTAIN) {
      captains.accept(d, seat, by);
    } else {
      crew.accept(d, seat, by);
    }
    return d.decision();
  }

  /** Takes a confirmed person off the charter and calls again for the seat. */
  public Decision release(
      Charter c, String actionId, String crewId, String by, Crewing crewing, Instant now) {
    open(c);
    Call seat =
        c.calls().stream()
            .filter(call -> call.crewId().equals(crewId) && call.is(CallState.ACCEPTED))
            .findFirst()
            .orElseThrow(() -> new Refusal(crewId + " holds no seat on this charter"));
    Draft d = new Draft(c, actionId, true, crewing, now);
    cascade.vacate(d, seat, ReleaseReason.RELEASED_BY_OFFICE, by, "released by the office");
    return d.decision();
  }

  /** Ends an open call without waiting for its answer and moves the cascade on. */
  public Decision skip(
      Charter c, String actionId, String callId, String by, Crewing crewing, Instant now) {
    Call call = openCall(c, callId);
    Draft d = new Draft(c, actionId, true, crewing, now);
    d.note(EntryType.SKIPPED, call.crewId(), "call skipped by " + by);
    Announce.withdraw(d, call, WithdrawalReason.SKIPPED_BY_OFFICE, CallState.WITHDRAWN);
    captains.advance(d, call.role());
    return d.decision();
  }

  /** Gives an open call until {@code until} to be answered. */
  public Decision extend(
      Charter c, String actionId, String callId, Instant until, String by, Instant now) {
    Call call = openCall(c, callId);
    if (!until.isAfter(now)) {
      throw new Refusal("the new deadline " + until + " has already passed");
    }
    Draft d = new Draft(c, actionId, true, null, now);
    d.update(ch -> ch.with(call.extendedTo(until)));
    d.emit(
        new DispatchEvent.CallExtended(
            Draft.newId(), now, c.charterId(), callId, call.callee(), until, by),
        EntryType.EXTENDED,
        call.crewId(),
        "call extended by " + by + " until " + Announce.local(until, c.details().timeZone()));
    return d.decision();
  }

  /**
   * Sends the call again: the open call is withdrawn (SUPERSEDED, its link dies) and the same
   * person is called anew with the same deadline, so a fresh link is minted and sent. Re-announcing
   * the same call would not reach them: auth-service deduplicates a call by its id.
   */
  public Decision resend(
      Charter c, String actionId, String callId, String by, Crewing crewing, Instant now) {
    Call call = openCall(c, callId);
    Draft d = new Draft(c, actionId, true, crewing, now);
    d.note(EntryType.RESENT, call.crewId(), "call sent again by " + by);
    Announce.withdraw(d, call, WithdrawalReason.SUPERSEDED, CallState.WITHDRAWN);
    Call again =
        new Call(
            Draft.newId(),
            Draft.newId(),
            call.callee(),
            call.attempt(),
            now,
            call.respondBy(),
            CallState.OPEN,
            null);
    d.update(ch -> ch.with(again));
    DispatchEvent event =
        call.role() == Rank.CAPTAIN
            ? new DispatchEvent.CaptainCalled(
                again.eventId(),
                now,
                c.charterId(),
                again.callId(),
                again.callee(),
                again.attempt(),
                again.respondBy(),
                c.details())
            : new DispatchEvent.CrewCalled(
                again.eventId(),
                now,
                c.charterId(),
                again.callId(),
                again.callee(),
                c.captain().map(Call::crewId).orElse(""),
                again.respondBy(),
                c.details());
    d.emit(event, EntryType.CALLED, call.crewId(), "called again (sent by " + by + ")");
    return d.decision();
  }

  public Decision pause(Charter c, String actionId, String by, String reason, Instant now) {
    open(c);
    if (c.paused()) {
      throw new Refusal("the cascade is already paused");
    }
    Draft d = new Draft(c, actionId, true, null, now);
    d.update(ch -> ch.withPaused(true));
    d.emit(
        new DispatchEvent.CascadePaused(Draft.newId(), now, c.charterId(), by, reason),
        EntryType.PAUSED,
        null,
        "paused by " + by + (reason == null ? "" : ": " + reason));
    return d.decision();
  }

  /** Lifts a pause and calls whoever is next, as the cascade would have. */
  public Decision resume(
      Charter c, String actionId, String by, String reason, Crewing crewing, Instant now) {
    open(c);
    if (!c.paused()) {
      throw new Refusal("the cascade is not paused");
    }
    Draft d = new Draft(c, actionId, true, crewing, now);
    d.update(ch -> ch.withPaused(false));
    d.emit(
        new DispatchEvent.CascadeResumed(Draft.newId(), now, c.charterId(), by, reason),
        EntryType.RESUMED,
        null,
        "resumed by " + by + (reason == null ? "" : ": " + reason));
    if (c.status() == CharterStatus.CALLING_CAPTAIN || c.status() == CharterStatus.BOOKED) {
      captains.advance(d, Rank.CAPTAIN);
    } else if (c.status() == CharterStatus.CALLING_CREW) {
      captains.advance(d, Rank.CREW);
    }
    return d.decision();
  }

  /** Restarts a stalled cascade now with whoever has become callable. */
  public Decision recall(Charter c, String actionId, String by, Crewing crewing, Instant now) {
    open(c);
    if (c.status() != CharterStatus.STALLED) {
      throw new Refusal("the charter is " + c.status() + ", not stalled");
    }
    if (c.paused()) {
      throw new Refusal("the cascade is paused: resume it first");
    }
    Decision decision = cascade.resume(c, actionId, crewing, now, by, "restarted by the office");
    if (!decision.changed()) {
      throw new Refusal("nobody who has not been called yet can be called now");
    }
    return decision;
  }

  private static void open(Charter c) {
    if (c.status().finished()) {
      throw new Refusal("the charter is " + c.status());
    }
  }

  private static Call openCall(Charter c, String callId) {
    open(c);
    Optional<Call> call = c.call(callId);
    if (call.isEmpty()) {
      throw new Refusal("the charter has no call " + callId);
    }
    if (!call.get().is(CallState.OPEN)) {
      throw new Refusal("call " + callId + " is " + call.get().state() + ", not open");
    }
    return call.get();
  }
}
