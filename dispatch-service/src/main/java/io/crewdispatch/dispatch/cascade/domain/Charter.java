package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.roster.domain.Rank;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A charter's cascade: every call made, who holds the seats, and who is still to be called. The
 * captain and crew are the holders of accepted calls, so there is one truth about who is on board.
 *
 * @param captainQueue the captains to call, frozen in order when the cascade started
 * @param captainsReached how many of {@code captainQueue} have been called or skipped
 * @param crewQueue the crew to call, frozen when the captain was confirmed
 * @param nextCallAt set while the next call waits for quiet hours to end
 * @param stallReason why the charter is STALLED, else null
 * @param handledEvents ids of the events already applied, so a redelivery changes nothing
 * @param paused whether the office paused the cascade: nobody new is called until resumed
 */
public record Charter(
    String charterId,
    CharterDetails details,
    CharterStatus status,
    StallReason stallReason,
    List<String> captainQueue,
    int captainsReached,
    List<String> crewQueue,
    int crewReached,
    List<Call> calls,
    Instant nextCallAt,
    List<String> handledEvents,
    boolean paused) {

  public Charter {
    captainQueue = List.copyOf(captainQueue);
    crewQueue = List.copyOf(crewQueue);
    calls = List.copyOf(calls);
    handledEvents = List.copyOf(handledEvents);
  }

  static Charter booked(
      String charterId,
      CharterDetails details,
      List<String> captainQueue,
      List<String> handledBefore) {
    return new Charter(
        charterId,
        details,
        CharterStatus.BOOKED,
        null,
        captainQueue,
        0,
        List.of(),
        0,
        List.of(),
        null,
        handledBefore,
        false);
  }

  public boolean handled(String eventId) {
    return handledEvents.contains(eventId);
  }

  public Optional<Call> call(String callId) {
    return calls.stream().filter(c -> c.callId().equals(callId)).findFirst();
  }

  /**
   * Who holds a seat and so must hold this charter in their hold: the accepted calls, while the
   * charter has not been cancelled or completed.
   */
  public Set<String> holders() {
    if (status.finished()) {
      return Set.of();
    }
    return calls.stream()
        .filter(c -> c.is(CallState.ACCEPTED))
        .map(Call::crewId)
        .collect(Collectors.toUnmodifiableSet());
  }

  public Optional<Call> captain() {
    return holders(Rank.CAPTAIN).findFirst();
  }

  public List<Call> crew() {
    return holders(Rank.CREW).toList();
  }

  public List<Call> calls(Rank role) {
    return calls.stream().filter(c -> c.role() == role).toList();
  }

  public List<Call> openCalls(Rank role) {
    return calls(role).stream().filter(c -> c.is(CallState.OPEN)).toList();
  }

  public List<Call> openCalls() {
    return calls.stream().filter(c -> c.is(CallState.OPEN)).toList();
  }

  /** When this charter next needs attention without any event arriving: a deadline or a wake-up. */
  public Optional<Instant> nextDeadline() {
    if (status.finished()) {
      return Optional.empty();
    }
    return Stream.concat(openCalls().stream().map(Call::respondBy), Stream.ofNullable(nextCallAt))
        .min(Instant::compareTo);
  }

  private Stream<Call> holders(Rank role) {
    return calls.stream().filter(c -> c.role() == role && c.is(CallState.ACCEPTED));
  }

  Charter with(CharterStatus newStatus, StallReason reason) {
    return new Charter(
        charterId,
        details,
        newStatus,
        reason,
        captainQueue,
        captainsReached,
        crewQueue,
        crewReached,
        calls,
        nextCallAt,
        handledEvents,
        paused);
  }

  Charter with(Call call) {
    List<Call> updated = new ArrayList<>(calls);
    int index = updated.indexOf(call(call.callId()).orElse(null));
    if (index < 0) {
      updated.add(call);
    } else {
      updated.set(index, call);
    }
    return new Charter(
        charterId,
        details,
        status,
        stallReason,
        captainQueue,
        captainsReached,
        crewQueue,
        crewReached,
        updated,
        nextCallAt,
        handledEvents,
        paused);
  }

  Charter withCaptainsReached(int reached) {
    return new Charter(
        charterId,
        details,
        status,
        stallReason,
        captainQueue,
        reached,
        crewQueue,
        crewReached,
        calls,
        nextCallAt,
        handledEvents,
        paused);
  }

  Charter withCaptainQueue(List<String> queue, int reached) {
    return new Charter(
        charterId,
        details,
        status,
        stallReason,
        queue,
        reached,
        crewQueue,
        crewReached,
        calls,
        nextCallAt,
        handledEvents,
        paused);
  }

  Charter withCrewQueue(List<String> queue, int reached) {
    return new Charter(
        charterId,
        details,
        status,
        stallReason,
        captainQueue,
        captainsReached,
        queue,
        reached,
        calls,
        nextCallAt,
        handledEvents,
        paused);
  }

  Charter withNextCallAt(Instant at) {
    return new Charter(
        charterId,
        details,
        status,
        stallReason,
        captainQueue,
        captainsReached,
        crewQueue,
        crewReached,
        calls,
        at,
        handledEvents,
        paused);
  }

  Charter withPaused(boolean pause) {
    return new Charter(
        charterId,
        details,
        status,
        stallReason,
        captainQueue,
        captainsReached,
        crewQueue,
        crewReached,
        calls,
        nextCallAt,
        handledEvents,
        pause);
  }

  Charter withHandled(String eventId) {
    List<String> handled = new ArrayList<>(handledEvents);
    handled.add(eventId);
    return new Charter(
        charterId,
        details,
        status,
        stallReason,
        captainQueue,
        captainsReached,
        crewQueue,
        crewReached,
        calls,
        nextCallAt,
        handled,
        paused);
  }
}
