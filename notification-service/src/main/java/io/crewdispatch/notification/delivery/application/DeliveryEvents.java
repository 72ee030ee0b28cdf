package io.crewdispatch.notification.delivery.application;

import java.time.Instant;
import java.util.List;

/**
 * Port: tells the rest of the system what became of a notice on one channel (NotificationSent or
 * NotificationFailed). Each publication's event id is derived from the parcel's delivery id, so
 * publishing again after a crash gives consumers a duplicate they already ignore.
 */
public interface DeliveryEvents {

  /**
   * NotificationSent, occurring at {@code sentAt} (when the carrier accepted it, as recorded): a
   * notice announced again is the very same event, id and time.
   */
  void sent(Parcel parcel, String messageId, Instant sentAt);

  /** NotificationSent for each, published together: returns once the broker acked them all. */
  void sentAll(List<Announcement> sent);

  /** What {@link #sent} takes. */
  record Announcement(Parcel parcel, String messageId, Instant sentAt) {}

  void failed(Parcel parcel, DeliveryStatus status, String error);
}
