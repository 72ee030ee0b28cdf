package io.crewdispatch.dispatch.cascade.application;

import java.time.Instant;
import java.util.List;

/**
 * A NotificationSent or NotificationFailed.
 *
 * @param sourceEventId the dispatch event that caused the message
 * @param error why delivery failed, or null when it was sent
 */
public record NotificationReport(
    String eventId,
    Instant occurredAt,
    String sourceEventId,
    String charterId,
    String kind,
    List<String> recipients,
    String error) {

  public boolean delivered() {
    return error == null;
  }
}
