package io.crewdispatch.notification.delivery.application;

/**
 * Port: tells the rest of the system what became of a notice on one channel (NotificationSent or
 * NotificationFailed). Each publication's event id is derived from the parcel's delivery id, so
 * publishing again after a crash gives consumers a duplicate they already ignore.
 */
public interface DeliveryEvents {

  void sent(Parcel parcel, String messageId);

  void failed(Parcel parcel, DeliveryStatus status, String error);
}
