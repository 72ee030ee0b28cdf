package io.crewdispatch.console.board.domain;

/** The charter's state as dispatch reports it (DESIGN.md, HTTP: charter status). */
public enum CharterStatus {
  BOOKED,
  CALLING_CAPTAIN,
  CALLING_CREW,
  STAFFED,
  STALLED,
  CANCELLED,
  COMPLETED
}
