package io.crewdispatch.console.board.domain;

/** What happened to a charter, one per event type the console folds into a charter's view. */
public enum FactType {
  BOOKED,
  CANCELLED,
  COMPLETED,
  INVOICED,
  CAPTAIN_CALLED,
  CREW_CALLED,
  CALL_WITHDRAWN,
  CAPTAIN_CONFIRMED,
  CREW_CONFIRMED,
  SEAT_RELEASED,
  STAFFED,
  STALLED,
  CALL_EXTENDED,
  PAUSED,
  RESUMED,
  ACCEPTED,
  DECLINED,
  NOTIFIED,
  NOTIFICATION_FAILED,
  DEAD_LETTERED
}
