package io.crewdispatch.roster.assignment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One charter's row in the Assignments tab. Cancelled is final for that booking: a late
 * confirmation from another topic's order does not bring a cancelled charter back. Only a new
 * booking of the same charter (a reschedule) does: the row then follows the new booking, and a
 * dispatch fact older than that booking ({@code rebookedAt}) belongs to the cancelled one and is
 * ignored.
 */
public record Assignment(
    String charterId,
    Sailing sailing,
    Person captain,
    List<Person> crew,
    AssignmentStatus status,
    Instant rebookedAt) {

  public Assignment {
    crew = List.copyOf(crew);
  }

  public static Assignment none(String charterId) {
    return new Assignment(charterId, null, null, List.of(), null, null);
  }

  /**
   * Worth a row: someone was confirmed (a charter cancelled before that never gets one), or the row
   * already shown follows a reschedule.
   */
  public boolean shown() {
    return sailing != null && (captain != null || !crew.isEmpty() || rebookedAt != null);
  }

  public Assignment apply(AssignmentEvent event) {
    if (event instanceof AssignmentEvent.CharterBooked e) {
      return booked(e);
    }
    if (event instanceof AssignmentEvent.CharterCancelled) {
      return with(sailing, captain, crew, AssignmentStatus.CANCELLED);
    }
    AssignmentEvent.DispatchFact fact = (AssignmentEvent.DispatchFact) event;
    if (rebookedAt != null && fact.occurredAt().isBefore(rebookedAt)) {
      return this; // from the booking that was cancelled
    }
    if (event instanceof AssignmentEvent.CaptainConfirmed e) {
      return with(e.sailing(), e.captain(), crew, unlessCancelled(AssignmentStatus.CALLING_CREW));
    }
    if (event instanceof AssignmentEvent.CharterStaffed e) {
      return with(e.sailing(), e.captain(), e.crew(), unlessCancelled(AssignmentStatus.STAFFED));
    }
    return withdrawn((AssignmentEvent.CallWithdrawn) event);
  }

  /**
   * A first booking shows nothing yet (a row appears once someone is confirmed); a booking after a
   * cancellation starts the row over: the new sailing, nobody confirmed, captains being called.
   */
  private Assignment booked(AssignmentEvent.CharterBooked e) {
    if (status != AssignmentStatus.CANCELLED) {
      return this;
    }
    Sailing shownSailing = shown() ? e.sailing() : null;
    return new Assignment(
        charterId, shownSailing, null, List.of(), AssignmentStatus.CALLING_CAPTAIN, e.occurredAt());
  }

  private Assignment withdrawn(AssignmentEvent.CallWithdrawn e) {
    if (e.charterCancelled()) {
      return with(sailing, captain, crew, AssignmentStatus.CANCELLED);
    }
    String id = e.callee().crewId();
    if (captain != null && captain.crewId().equals(id)) {
      return with(sailing, null, crew, unlessCancelled(AssignmentStatus.CALLING_CAPTAIN));
    }
    if (crew.stream().anyMatch(p -> p.crewId().equals(id))) {
      List<Person> rest = new ArrayList<>(crew);
      rest.removeIf(p -> p.crewId().equals(id));
      return with(sailing, captain, rest, unlessCancelled(AssignmentStatus.CALLING_CREW));
    }
    return this; // an open call nobody had accepted: the row does not change
  }

  private Assignment with(
      Sailing sailing, Person captain, List<Person> crew, AssignmentStatus status) {
    return new Assignment(charterId, sailing, captain, crew, status, rebookedAt);
  }

  private AssignmentStatus unlessCancelled(AssignmentStatus next) {
    return status == AssignmentStatus.CANCELLED ? status : next;
  }
}
