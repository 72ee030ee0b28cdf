package io.crewdispatch.dispatch.cascade.domain;

/** Where a charter's staffing stands. */
public enum CharterStatus {
  BOOKED,
  CALLING_CAPTAIN,
  CALLING_CREW,
  STAFFED,
  STALLED,
  CANCELLED,
  COMPLETED;

  /** Nothing more happens to a finished charter's seats. */
  public boolean finished() {
    return this == CANCELLED || this == COMPLETED;
  }
}
