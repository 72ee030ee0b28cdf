package io.crewdispatch.roster.assignment.domain;

import java.util.List;

/** The dispatch and charter facts that change a charter's row in the Assignments tab. */
public sealed interface AssignmentEvent {

  String eventId();

  String charterId();

  record CaptainConfirmed(String eventId, String charterId, Sailing sailing, Person captain)
      implements AssignmentEvent {}

  record CharterStaffed(
      String eventId, String charterId, Sailing sailing, Person captain, List<Person> crew)
      implements AssignmentEvent {
    public CharterStaffed {
      crew = List.copyOf(crew);
    }
  }

  record CallWithdrawn(
      String eventId, String charterId, Sailing sailing, Person callee, boolean charterCancelled)
      implements AssignmentEvent {}

  record CharterCancelled(String eventId, String charterId) implements AssignmentEvent {}
}
