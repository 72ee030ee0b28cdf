package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.cascade.domain.DispatchEvent.Attempt;
import io.crewdispatch.dispatch.timeline.domain.EntryType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** Steps shared by the captain and crew cascades: withdrawing a call, stalling, showing times. */
final class Announce {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private Announce() {}

  /** Ends a call that no longer stands and tells its callee (their link dies with it). */
  static void withdraw(Draft d, Call call, WithdrawalReason reason, CallState endState) {
    Charter c = d.charter();
    d.update(ch -> ch.with(call.end(endState, d.now)));
    var event =
        new DispatchEvent.CallWithdrawn(
            Draft.newId(), d.now, c.charterId(), call.callId(), call.callee(), reason, c.details());
    d.emit(
        event,
        EntryType.WITHDRAWN,
        call.crewId(),
        call.role().name().toLowerCase() + " call withdrawn: " + reason);
  }

  /** A confirmed person loses their seat (their hold goes with the charter's save) and is told. */
  static void release(Draft d, Call seat, ReleaseReason reason, String byOffice, String why) {
    Charter c = d.charter();
    d.update(ch -> ch.with(seat.end(CallState.RELEASED, d.now)));
    var event =
        new DispatchEvent.SeatReleased(
            Draft.newId(), d.now, c.charterId(), seat.callee(), reason, byOffice, c.details());
    d.emit(
        event,
        EntryType.RELEASED,
        seat.crewId(),
        seat.role().name().toLowerCase()
            + " released: "
            + why
            + (byOffice == null ? "" : " (by " + byOffice + ")"));
  }

  /** The office must step in: says why, and lists every call that did not end in a seat. */
  static void stall(Draft d, StallReason reason, List<Call> calls, String detail) {
    Charter c = d.charter();
    List<Attempt> attempts = calls.stream().flatMap(call -> attempt(call).stream()).toList();
    d.update(ch -> ch.with(CharterStatus.STALLED, reason).withNextCallAt(null));
    d.emit(
        new DispatchEvent.CascadeStalled(
            Draft.newId(), d.now, c.charterId(), reason, attempts, c.details()),
        EntryType.STALLED,
        null,
        reason + ": " + detail);
  }

  private static Optional<Attempt> attempt(Call call) {
    Attempt.Outcome outcome =
        switch (call.state()) {
          case DECLINED -> Attempt.Outcome.DECLINED;
          case TIMED_OUT -> Attempt.Outcome.TIMED_OUT;
          case WITHDRAWN, RELEASED -> Attempt.Outcome.WITHDRAWN;
          case OPEN, ACCEPTED -> null;
        };
    return Optional.ofNullable(outcome)
        .map(o -> new Attempt(call.crewId(), call.callee().name(), call.calledAt(), o));
  }

  static String local(Instant instant, ZoneId zone) {
    return LOCAL.format(instant.atZone(zone));
  }
}
