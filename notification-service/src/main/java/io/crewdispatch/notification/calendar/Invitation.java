package io.crewdispatch.notification.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * One person's calendar entry for one charter, as one iTIP message (RFC 5546): the charter's local
 * times in its own zone, a UID that stays the same for that charter and person, and a SEQUENCE that
 * orders every message about it.
 */
record Invitation(
    Method method,
    String uid,
    int sequence,
    Instant stamp,
    ZonedDateTime start,
    ZonedDateTime end,
    String summary,
    String description,
    Mailbox organizer,
    Mailbox attendee) {

  /** What the message asks of the attendee's calendar. */
  enum Method {
    REQUEST,
    CANCEL
  }

  /** An address and the name shown with it. */
  record Mailbox(String email, String name) {}
}
