package io.crewdispatch.dispatch.timeline.domain;

/** What happened to a charter, as the office reads it in the timeline. */
public enum EntryType {
  BOOKED,
  DUPLICATE_BOOKING,
  CALL_DEFERRED,
  SKIPPED,
  CALLED,
  LINK_SENT,
  NOTIFIED,
  NOTIFICATION_FAILED,
  ACCEPTED,
  DECLINED,
  TIMED_OUT,
  WITHDRAWN,
  CONFIRMED,
  RELEASED,
  STAFFED,
  STALLED,
  CANCELLED,
  COMPLETED,
  INVOICED,
  IGNORED,
  UNKNOWN_CHARTER,
  /** A record about the charter could not be handled (or published) and was dead-lettered. */
  DEAD_LETTERED,
  PAUSED,
  RESUMED,
  EXTENDED,
  RESENT,
  ASSIGNED
}
