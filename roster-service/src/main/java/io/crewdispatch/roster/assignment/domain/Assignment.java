package io.crewdispatch.roster.assignment.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One charter's row in the Assignments tab. Cancelled is final: a late confirmation from another
 * topic's order does not bring a cancelled charter back.
 */
public record Assignment(
    String charterId, Sailing sailing, Person captain, List<Person> crew, AssignmentStatus status) {

  public Assignment {
    crew = List.copyOf(crew);
  }

  public static Assignment none(String charterId) {
    return new Assignment(charterId, null, null, List.of(), null);
  }

  /** Worth a row: someone was confirmed (a charter cancelled before that never gets one). */
  public boolean shown() {
    return sailing != null && (captain != null || !crew.isEmpty());
  }

  public Assignment apply(AssignmentEvent event) {
    if (event instanceof AssignmentEvent.CaptainConfirmed e) {
      return new Assignment(
          charterId,
          e.sailing(),
          e.captain(),
          crew,
          unlessCancelled(AssignmentStatus.CALLING_CREW));
    }
    if (event instanceof AssignmentEvent.CharterStaffed e) {
      return new Assignment(
          charterId, e.sailing(), e.captain(), e.crew(), unlessCancelled(AssignmentStatus.STAFFED));
    }
    if (event instanceof AssignmentEvent.CallWithdrawn e) {
      return withdrawn(e);
    }
    return new Assignment(charterId, sailing, captain, crew, AssignmentStatus.CANCELLED);
  }

  private Assignment withdrawn(AssignmentEvent.CallWithdrawn e) {
    if (e.charterCancelled()) {
      return new Assignment(charterId, sailing, captain, crew, AssignmentStatus.CANCELLED);
    }
    String id = e.callee().crewId();
    if (captain != null && captain.crewId().equals(id)) {
      return new Assignment(
          charterId, sailing, null, crew, unlessCancelled(AssignmentStatus.CALLING_CAPTAIN));
    }
    if (crew.stream().anyMatch(p -> p.crewId().equals(id))) {
      List<Person> rest = new ArrayList<>(crew);
      rest.removeIf(p -> p.crewId().equals(id));
      return new Assignment(
          charterId, sailing, captain, rest, unlessCancelled(AssignmentStatus.CALLING_CREW));
    }
    return this; // an open call nobody had accepted: the row does not change
  }

  private AssignmentStatus unlessCancelled(AssignmentStatus next) {
    return status == AssignmentStatus.CANCELLED ? status : next;
  }
}
