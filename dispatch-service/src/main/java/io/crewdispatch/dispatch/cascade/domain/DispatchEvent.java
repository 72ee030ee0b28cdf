package io.crewdispatch.dispatch.cascade.domain;

import java.time.Instant;
import java.util.List;

/** What the cascade announces on dispatch-events; every event carries the charter's details. */
public sealed interface DispatchEvent {

  String eventId();

  Instant occurredAt();

  String charterId();

  record CaptainCalled(
      String eventId,
      Instant occurredAt,
      String charterId,
      String callId,
      Person callee,
      int attempt,
      Instant respondBy,
      CharterDetails charter)
      implements DispatchEvent {}

  record CrewCalled(
      String eventId,
      Instant occurredAt,
      String charterId,
      String callId,
      Person callee,
      String captainId,
      Instant respondBy,
      CharterDetails charter)
      implements DispatchEvent {}

  record CallWithdrawn(
      String eventId,
      Instant occurredAt,
      String charterId,
      String callId,
      Person callee,
      WithdrawalReason reason,
      CharterDetails charter)
      implements DispatchEvent {}

  record CaptainConfirmed(
      String eventId,
      Instant occurredAt,
      String charterId,
      String callId,
      Person captain,
      CharterDetails charter)
      implements DispatchEvent {}

  /**
   * @param callId the call accepted, or null when the office assigned them
   * @param byOffice the office user who assigned them by hand, or null
   */
  record CrewConfirmed(
      String eventId,
      Instant occurredAt,
      String charterId,
      String callId,
      Person crew,
      String captainId,
      String byOffice,
      CharterDetails charter)
      implements DispatchEvent {}

  /** A confirmed person lost their seat; {@code byOffice} is set when the office released them. */
  record SeatReleased(
      String eventId,
      Instant occurredAt,
      String charterId,
      Person person,
      ReleaseReason reason,
      String byOffice,
      CharterDetails charter)
      implements DispatchEvent {}

  record CallExtended(
      String eventId,
      Instant occurredAt,
      String charterId,
      String callId,
      Person callee,
      Instant respondBy,
      String byOffice)
      implements DispatchEvent {}

  record CascadePaused(
      String eventId, Instant occurredAt, String charterId, String byOffice, String reason)
      implements DispatchEvent {}

  /** {@code byOffice} is null when the roster made someone callable. */
  record CascadeResumed(
      String eventId, Instant occurredAt, String charterId, String byOffice, String reason)
      implements DispatchEvent {}

  record CharterStaffed(
      String eventId,
      Instant occurredAt,
      String charterId,
      Person captain,
      List<Person> crew,
      CharterDetails charter)
      implements DispatchEvent {}

  record CascadeStalled(
      String eventId,
      Instant occurredAt,
      String charterId,
      StallReason reason,
      List<Attempt> attempts,
      CharterDetails charter)
      implements DispatchEvent {}

  /** One unsuccessful call, as listed in a stall alert. */
  record Attempt(String crewId, String name, Instant calledAt, Outcome outcome) {

    public enum Outcome {
      DECLINED,
      TIMED_OUT,
      WITHDRAWN
    }
  }
}
