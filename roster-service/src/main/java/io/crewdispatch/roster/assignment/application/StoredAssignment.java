package io.crewdispatch.roster.assignment.application;

import io.crewdispatch.roster.assignment.domain.Assignment;
import java.util.List;

/**
 * A charter's assignment as stored: its version, the version last written to the sheet, and the ids
 * of the events already applied (so a redelivered event changes nothing).
 */
public record StoredAssignment(
    Assignment assignment, long version, long writtenVersion, List<String> appliedEventIds) {

  public StoredAssignment {
    appliedEventIds = List.copyOf(appliedEventIds);
  }

  static StoredAssignment none(String charterId) {
    return new StoredAssignment(Assignment.none(charterId), 0, 0, List.of());
  }

  boolean applied(String eventId) {
    return appliedEventIds.contains(eventId);
  }

  boolean sheetBehind() {
    return writtenVersion < version && assignment.shown();
  }
}
