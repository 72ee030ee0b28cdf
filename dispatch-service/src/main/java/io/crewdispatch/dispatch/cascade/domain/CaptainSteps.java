package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.roster.domain.Rank;
import io.crewdispatch.dispatch.timeline.domain.EntryType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Captains are called one at a time, in the order frozen when the cascade started. */
final class CaptainSteps {

  private final ResponseWindows windows;
  private final CrewSteps crew;

  CaptainSteps(ResponseWindows windows, CrewSteps crew) {
    this.windows = windows;
    this.crew = crew;
  }

  /** Calls the next captain who can still be called, waits for the morning, or stalls. */
  void callNext(Draft d) {
    Charter c = d.charter();
    List<String> queue = c.captainQueue();
    if (c.paused()) {
      d.note(EntryType.PAUSED, null, "paused: no captain is called until the office resumes");
      return;
    }
    if (!d.now.isBefore(c.details().departure())) {
      stall(d, "the charter has already left: nobody more is called");
      return;
    }
    Optional<Instant> wait = windows.deferredStart(d.now, c.details());
    if (c.captainsReached() < queue.size() && wait.isPresent()) {
      d.update(ch -> ch.withNextCallAt(wait.get()));
      d.note(
          EntryType.CALL_DEFERRED,
          null,
          "next captain call waits for quiet hours to end at "
              + Announce.local(wait.get(), c.details().timeZone()));
      return;
    }
    for (int i = c.captainsReached(); i < queue.size(); i++) {
      Crewing.Reach reach = d.crewing.reach(queue.get(i), Rank.CAPTAIN);
      if (reach.callable()) {
        int reached = i + 1;
        d.update(ch -> ch.withCaptainsReached(reached));
        call(d, reach.person());
        return;
      }
      d.note(EntryType.SKIPPED, queue.get(i), "captain skipped: " + reach.obstacle());
    }
    d.update(ch -> ch.withCaptainsReached(queue.size()));
    stall(d, "no captain left to call");
  }

  private void stall(Draft d, String why) {
    List<Call> calls = d.charter().calls(Rank.CAPTAIN);
    StallReason reason =
        calls.isEmpty() ? StallReason.NO_CAPTAIN_AVAILABLE : StallReason.CAPTAINS_EXHAUSTED;
    Announce.stall(d, reason, calls, why);
  }

  private void call(Draft d, Person captain) {
    Charter c = d.charter();
    Instant respondBy = windows.respondBy(d.now, Rank.CAPTAIN, c.details());
    // A call sent again by the office keeps its attempt number.
    int attempt = c.calls(Rank.CAPTAIN).stream().mapToInt(Call::attempt).max().orElse(0) + 1;
    Call call =
        new Call(
            Draft.newId(), Draft.newId(), captain, attempt, d.now, respondBy, CallState.OPEN, null);
    d.update(ch -> ch.with(call).with(CharterStatus.CALLING_CAPTAIN, null).withNextCallAt(null));
    d.emit(
        new DispatchEvent.CaptainCalled(
            call.eventId(),
            d.now,
            c.charterId(),
            call.callId(),
            captain,
            attempt,
            respondBy,
            c.details()),
        EntryType.CALLED,
        captain.crewId(),
        "captain call #"
            + attempt
            + " to "
            + captain.email()
            + ", answer by "
            + Announce.local(respondBy, c.details().timeZone()));
  }

  /** Moves on after a call of {@code role} ended without filling its seat. */
  void advance(Draft d, Rank role) {
    Charter c = d.charter();
    if (role == Rank.CREW) {
      crew.fill(d);
    } else if (c.captain().isEmpty() && c.openCalls(Rank.CAPTAIN).isEmpty()) {
      callNext(d);
    }
  }

  /**
   * The first accept wins the seat; any other open captain call is withdrawn.
   *
   * @param byOffice the office user who assigned the captain by hand, or null for an accept
   */
  void accept(Draft d, Call call, String byOffice) {
    Charter c = d.charter();
    d.update(ch -> ch.with(call.end(CallState.ACCEPTED, d.now)).withNextCallAt(null));
    d.note(
        byOffice == null ? EntryType.ACCEPTED : EntryType.ASSIGNED,
        call.crewId(),
        byOffice == null ? "captain accepted" : "captain assigned by " + byOffice);
    d.emit(
        new DispatchEvent.CaptainConfirmed(
            Draft.newId(), d.now, c.charterId(), call.callId(), call.callee(), c.details()),
        EntryType.CONFIRMED,
        call.crewId(),
        "confirmed as captain");
    for (Call other : d.charter().openCalls(Rank.CAPTAIN)) {
      Announce.withdraw(d, other, WithdrawalReason.FILLED_BY_OTHER, CallState.WITHDRAWN);
    }
    crew.start(d, call.crewId());
  }
}
