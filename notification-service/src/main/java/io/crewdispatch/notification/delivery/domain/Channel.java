package io.crewdispatch.notification.delivery.domain;

/** How one message goes out; the {@code channel} of NotificationSent and NotificationFailed. */
public enum Channel {
  EMAIL,
  SMS
}
