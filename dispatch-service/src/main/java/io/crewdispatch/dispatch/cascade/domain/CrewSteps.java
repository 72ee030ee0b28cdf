package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.roster.domain.Rank;
import io.crewdispatch.dispatch.timeline.domain.EntryType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Crew are called once a captain holds the seat: the captain's paired crew first, then everyone
 * else, as many at a time as there are seats to fill.
 */
final class CrewSteps {

  private final ResponseWindows windows;

  CrewSteps(ResponseWindows windows) {
    this.windows = windows;
  }

  /** Freezes the crew list for the confirmed captain (nobody is called twice) and fills seats. */
  void start(Draft d, String captainId) {
    Set<String> called =
        d.charter().calls(Rank.CREW).stream().map(Call::crewId).collect(Collectors.toSet());
    List<String> queue =
        d.crewing.crewFor(captainId).stream()
            .map(Person::crewId)
            .filter(id -> !called.contains(id))
            .toList();
    d.update(ch -> ch.withCrewQueue(queue, 0));
    fill(d);
  }

  /** Calls crew until open calls and held seats cover every seat; staffs or stalls when due. */
  void fill(Draft d) {
    Charter c = d.charter();
    Optional<Call> captain = c.captain();
    if (captain.isEmpty()) {
      return;
    }
    int seats = c.details().crewRequired();
    if (c.crew().size() >= seats) {
      staffed(d, captain.get());
      return;
    }
    if (c.paused()) {
      d.note(EntryType.PAUSED, null, "paused: no crew is called until the office resumes");
      return;
    }
    d.update(ch -> ch.with(CharterStatus.CALLING_CREW, null));
    int toCall = seats - c.crew().size() - c.openCalls(Rank.CREW).size();
    List<String> queue = c.crewQueue();
    if (!d.now.isBefore(c.details().departure())) {
      if (c.openCalls(Rank.CREW).isEmpty()) {
        Announce.stall(
            d, StallReason.CREW_UNFILLED, c.calls(Rank.CREW), "the charter has already left");
      }
      return;
    }
    Optional<Instant> wait = windows.deferredStart(d.now, c.details());
    if (toCall > 0 && c.crewReached() < queue.size() && wait.isPresent()) {
      d.update(ch -> ch.withNextCallAt(wait.get()));
      d.note(
          EntryType.CALL_DEFERRED,
          null,
          "next crew call waits for quiet hours to end at "
              + Announce.local(wait.get(), c.details().timeZone()));
      return;
    }
    int i = c.crewReached();
    for (; toCall > 0 && i < queue.size(); i++) {
      Crewing.Reach reach = d.crewing.reach(queue.get(i), Rank.CREW);
      if (reach.callable()) {
        call(d, reach.person(), captain.get().crewId());
        toCall--;
      } else {
        d.note(EntryType.SKIPPED, queue.get(i), "crew skipped: " + reach.obstacle());
      }
    }
    int reached = i;
    d.update(ch -> ch.withCrewQueue(queue, reached).withNextCallAt(null));
    if (d.charter().openCalls(Rank.CREW).isEmpty()) {
      Announce.stall(
          d, StallReason.CREW_UNFILLED, d.charter().calls(Rank.CREW), "no crew left to call");
    }
  }

  private void call(Draft d, Person member, String captainId) {
    Charter c = d.charter();
    Instant respondBy = windows.respondBy(d.now, Rank.CREW, c.details());
    Call call =
        new Call(Draft.newId(), Draft.newId(), member, 0, d.now, respondBy, CallState.OPEN, null);
    d.update(ch -> ch.with(call));
    d.emit(
        new DispatchEvent.CrewCalled(
            call.eventId(),
            d.now,
            c.charterId(),
            call.callId(),
            member,
            captainId,
            respondBy,
            c.details()),
        EntryType.CALLED,
        member.crewId(),
        "crew call to "
            + member.email()
            + ", answer by "
            + Announce.local(respondBy, c.details().timeZone()));
  }

  /** Takes a free seat (the caller checked one is free); surplus open calls are withdrawn. */
  void accept(Draft d, Call call, String byOffice) {
    Charter c = d.charter();
    String captainId = c.captain().map(Call::crewId).orElse(""); // empty while refilled
    d.update(ch -> ch.with(call.end(CallState.ACCEPTED, d.now)));
    d.note(
        byOffice == null ? EntryType.ACCEPTED : EntryType.ASSIGNED,
        call.crewId(),
        byOffice == null ? "crew accepted" : "crew assigned by " + byOffice);
    d.emit(
        new DispatchEvent.CrewConfirmed(
            Draft.newId(),
            d.now,
            c.charterId(),
            byOffice == null ? call.callId() : null,
            call.callee(),
            captainId,
            byOffice,
            c.details()),
        EntryType.CONFIRMED,
        call.crewId(),
        "confirmed as crew");
    List<Call> open = d.charter().openCalls(Rank.CREW);
    int surplus = d.charter().crew().size() + open.size() - c.details().crewRequired();
    for (int k = open.size() - 1; k >= 0 && surplus > 0; k--, surplus--) {
      Announce.withdraw(d, open.get(k), WithdrawalReason.FILLED_BY_OTHER, CallState.WITHDRAWN);
    }
    fill(d);
  }

  private void staffed(Draft d, Call captain) {
    Charter c = d.charter();
    List<Person> crew = c.crew().stream().map(Call::callee).toList();
    d.update(ch -> ch.with(CharterStatus.STAFFED, null).withNextCallAt(null));
    d.emit(
        new DispatchEvent.CharterStaffed(
            Draft.newId(), d.now, c.charterId(), captain.callee(), crew, c.details()),
        EntryType.STAFFED,
        null,
        "every seat is confirmed: captain " + captain.crewId() + " and " + crew.size() + " crew");
  }
}
