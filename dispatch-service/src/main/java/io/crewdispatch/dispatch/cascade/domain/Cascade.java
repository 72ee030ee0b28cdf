package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.Rank;
import io.crewdispatch.dispatch.timeline.domain.EntryType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The captain-first cascade: what happens to a charter when it is booked, when a deadline passes
 * and when a seat holder becomes unavailable ({@link Answers} and {@link Endings} do the rest).
 * Pure decisions: the caller loads the charter and saves the {@link Decision}.
 */
public final class Cascade {

  private final CaptainSteps captains;
  private final CrewSteps crew;

  public Cascade(ResponseWindows windows) {
    this.crew = new CrewSteps(windows);
    this.captains = new CaptainSteps(windows, crew);
  }

  /** Answers to calls (accept, decline) work on the same steps. */
  public Answers answers() {
    return new Answers(captains, crew);
  }

  public Decision book(
      String charterId,
      String eventId,
      CharterDetails details,
      List<String> handledBefore,
      Crewing crewing,
      Instant now) {
    List<String> queue = crewing.captains().stream().map(Person::crewId).toList();
    Charter charter = Charter.booked(charterId, details, queue, handledBefore);
    Draft d = new Draft(charter, eventId, true, crewing, now);
    d.note(EntryType.BOOKED, null, Describe.booking(details, queue));
    captains.callNext(d);
    return d.decision();
  }

  /**
   * A booking whose sail date is outside what any booking may carry: recorded and the office told
   * (once: the booking's eventId is handled), nobody called.
   */
  public Decision bookOutOfRange(
      String charterId, String eventId, CharterDetails details, Crewing crewing, Instant now) {
    Draft d =
        new Draft(
            Charter.booked(charterId, details, List.of(), List.of()), eventId, true, crewing, now);
    d.note(EntryType.BOOKED, null, Describe.booking(details, List.of()));
    Announce.stall(
        d,
        StallReason.SAIL_DATE_OUT_OF_RANGE,
        List.of(),
        "sail date " + details.sailDate() + " is out of range");
    return d.decision();
  }

  /** A booking for a charter already known: after a cancellation it starts afresh. */
  public Decision bookAgain(
      Charter existing, String eventId, CharterDetails details, Crewing crewing, Instant now) {
    if (existing.status() == CharterStatus.CANCELLED) {
      return book(existing.charterId(), eventId, details, existing.handledEvents(), crewing, now);
    }
    Draft d = new Draft(existing, eventId, true, crewing, now);
    d.note(EntryType.DUPLICATE_BOOKING, null, "booked again while " + existing.status());
    return d.decision();
  }

  /** Times out every call past its deadline, and starts a call that waited for the morning. */
  public Decision fireDue(Charter c, Crewing crewing, Instant now) {
    if (c.nextDeadline().filter(due -> !due.isAfter(now)).isEmpty()) {
      return Decision.unchanged(c);
    }
    Draft d = new Draft(c, Draft.newId(), false, crewing, now);
    Set<Rank> toAdvance = EnumSet.noneOf(Rank.class);
    for (Call call : c.openCalls()) {
      if (call.dueAt(now)) {
        d.update(ch -> ch.with(call.end(CallState.TIMED_OUT, now)));
        String role = call.role().name().toLowerCase();
        d.note(EntryType.TIMED_OUT, call.crewId(), role + " did not answer", call.eventId());
        toAdvance.add(call.role());
      }
    }
    if (c.nextCallAt() != null && !c.nextCallAt().isAfter(now)) {
      d.update(ch -> ch.withNextCallAt(null));
      toAdvance.add(c.captain().isPresent() ? Rank.CREW : Rank.CAPTAIN);
    }
    toAdvance.forEach(role -> captains.advance(d, role));
    return d.decision();
  }

  /** Releases a seat holder who is no longer available on the sail date, and calls again. */
  public Decision release(
      Charter c, String eventId, CrewMember member, Crewing crewing, Instant now) {
    LocalDate date = c.details().sailDate();
    boolean gone = !member.active() || member.unavailableOn(date);
    Optional<Call> seat =
        c.calls().stream()
            .filter(call -> call.is(CallState.ACCEPTED) && call.crewId().equals(member.crewId()))
            .findFirst();
    if (!gone || c.status().finished() || seat.isEmpty()) {
      return Decision.unchanged(c);
    }
    Draft d = new Draft(c, eventId, true, crewing, now);
    Rank role = seat.get().role();
    String why = member.active() ? "now unavailable on " + date : "now inactive";
    d.note(EntryType.RELEASED, member.crewId(), role.name().toLowerCase() + " released: " + why);
    Announce.withdraw(d, seat.get(), WithdrawalReason.UNAVAILABLE, CallState.RELEASED);
    if (role == Rank.CAPTAIN) {
      d.update(ch -> ch.with(CharterStatus.CALLING_CAPTAIN, null));
      captains.callNext(d);
    } else {
      crew.fill(d);
    }
    return d.decision();
  }
}
