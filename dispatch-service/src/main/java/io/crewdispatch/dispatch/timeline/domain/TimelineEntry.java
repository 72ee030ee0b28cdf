package io.crewdispatch.dispatch.timeline.domain;

import java.time.Instant;

/**
 * One step in a charter's timeline.
 *
 * @param crewId the person the step is about, if any
 * @param detail a sentence for the office
 * @param sourceEventId the event that records or caused the step (an incoming event, or the
 *     dispatch event this step published); together with time, type and person it identifies the
 *     entry, so writing it twice stores it once
 * @param causeEventId for a message about a call (a NotificationSent or NotificationFailed): the
 *     dispatch event that made the call. The entry is written without reading the charter, so it
 *     names the person only through this; reading the timeline with the charter fills in {@code
 *     crewId} from the call that event announced
 */
public record TimelineEntry(
    Instant at,
    EntryType type,
    String crewId,
    String detail,
    String sourceEventId,
    String causeEventId) {

  public TimelineEntry(
      Instant at, EntryType type, String crewId, String detail, String sourceEventId) {
    this(at, type, crewId, detail, sourceEventId, null);
  }

  /** This entry naming {@code person}, found from its cause. */
  public TimelineEntry about(String person) {
    return new TimelineEntry(at, type, person, detail, sourceEventId, causeEventId);
  }
}
