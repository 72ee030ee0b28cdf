package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.Rank;
import io.crewdispatch.dispatch.timeline.domain.EntryType;
import java.time.Instant;
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

  /** The office's actions work on the same steps. */
  public Office office() {
    return new Office(this, captains, crew);
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

  /**
   * Flow 7: releases a seat holder who is no longer eligible on the sail date (inactive, explicitly
   * unavailable, or a captain whose licence lapses before it), and calls again. Their hold goes in
   * the same save.
   */
  public Decision release(
      Charter c, String eventId, CrewMember member, Crewing crewing, Instant now) {
    Optional<Call> seat =
        c.calls().stream()
            .filter(call -> call.is(CallState.ACCEPTED) && call.crewId().equals(member.crewId()))
            .findFirst();
    if (c.status().finished() || seat.isEmpty()) {
      return Decision.unchanged(c);
    }
    Optional<Crewing.Obstacle> lapsed = crewing.lapsed(member, seat.get().role());
    if (lapsed.isEmpty()) {
      return Decision.unchanged(c);
    }
    ReleaseReason reason =
        lapsed.get().reason() == WithdrawalReason.CERTIFICATE_LAPSED
            ? ReleaseReason.CERTIFICATE_LAPSED
            : ReleaseReason.UNAVAILABLE;
    Draft d = new Draft(c, eventId, true, crewing, now);
    vacate(d, seat.get(), reason, null, lapsed.get().why());
    return d.decision();
  }

  /** Takes the seat from its holder and calls again for it. */
  void vacate(Draft d, Call seat, ReleaseReason reason, String byOffice, String why) {
    Announce.release(d, seat, reason, byOffice, why);
    if (seat.role() == Rank.CAPTAIN) {
      d.update(ch -> ch.with(CharterStatus.CALLING_CAPTAIN, null));
      captains.callNext(d);
    } else {
      crew.fill(d);
    }
  }

  /**
   * Flow 5: a stalled charter moves again when someone not yet called for it has become callable
   * (the roster changed, or the office restarts it). The callable list is recomputed in cascade
   * order; people already called for this charter are not called again. Unchanged when nobody new
   * can be called, or the charter has already left.
   *
   * @param byOffice the office user, or null when a roster change caused it
   */
  public Decision resume(
      Charter c, String eventId, Crewing crewing, Instant now, String byOffice, String reason) {
    if (c.status() != CharterStatus.STALLED
        || !now.isBefore(c.details().departure())
        // a booking outside the window is recorded, never called: only a re-booking fixes it
        || c.stallReason() == StallReason.SAIL_DATE_OUT_OF_RANGE) {
      return Decision.unchanged(c);
    }
    boolean crewStall = c.stallReason() == StallReason.CREW_UNFILLED && c.captain().isPresent();
    Rank role = crewStall ? Rank.CREW : Rank.CAPTAIN;
    Set<String> called =
        c.calls(role).stream().map(Call::crewId).collect(java.util.stream.Collectors.toSet());
    List<Person> callable =
        crewStall ? crewing.crewFor(c.captain().get().crewId()) : crewing.captains();
    List<String> queue =
        callable.stream().map(Person::crewId).filter(id -> !called.contains(id)).toList();
    if (queue.isEmpty()) {
      return Decision.unchanged(c);
    }
    Draft d = new Draft(c, eventId, true, crewing, now);
    d.emit(
        new DispatchEvent.CascadeResumed(Draft.newId(), now, c.charterId(), byOffice, reason),
        EntryType.RESUMED,
        null,
        "cascade resumed: " + reason + (byOffice == null ? "" : " (by " + byOffice + ")"));
    if (crewStall) {
      d.update(ch -> ch.withCrewQueue(queue, 0).with(CharterStatus.CALLING_CREW, null));
      crew.fill(d);
    } else {
      d.update(ch -> ch.withCaptainQueue(queue, 0).with(CharterStatus.CALLING_CAPTAIN, null));
      captains.callNext(d);
    }
    return d.decision();
  }
}
