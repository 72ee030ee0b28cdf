package io.crewdispatch.roster.assignment.domain;

import java.time.Instant;
import java.util.List;

/** The dispatch and charter facts that change a charter's row in the Assignments tab. */
public sealed interface AssignmentEvent {

  String eventId();

  String charterId();

  /** A fact about the cascade of one booking; {@code occurredAt} tells which booking. */
  sealed interface DispatchFact extends AssignmentEvent {
    Instant occurredAt();
  }

  record CaptainConfirmed(
      String eventId, String charterId, Instant occurredAt, Sailing sailing, Person captain)
      implements DispatchFact {}

  record CharterStaffed(
      String eventId,
      String charterId,
      Instant occurredAt,
      Sailing sailing,
      Person captain,
      List<Person> crew)
      implements DispatchFact {
    public CharterStaffed {
      crew = List.copyOf(crew);
    }
  }

  record CallWithdrawn(
      String eventId,
      String charterId,
      Instant occurredAt,
      Sailing sailing,
      Person callee,
      boolean charterCancelled)
      implements DispatchFact {}

  record CharterCancelled(String eventId, String charterId) implements AssignmentEvent {}

  /** A booking; after a cancellation of the same charter it is a reschedule (DESIGN.md). */
  record CharterBooked(String eventId, String charterId, Instant occurredAt, Sailing sailing)
      implements AssignmentEvent {}
}
