package io.crewdispatch.roster.assignment.domain;

/** The Status column: dispatch's own words for where the charter's staffing stands. */
public enum AssignmentStatus {
  CALLING_CAPTAIN,
  CALLING_CREW,
  STAFFED,
  CANCELLED
}
