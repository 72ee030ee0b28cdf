package io.crewdispatch.notification.delivery.domain;

/** What a message is; the {@code kind} of NotificationSent and NotificationFailed. */
public enum NoticeKind {
  CALL,
  WITHDRAWN,
  RELEASED,
  CONFIRMED,
  STAFFED,
  STALL_ALERT,
  STATEMENT,
  SUMMARY,
  CREDENTIALS_ALERT,
  DEAD_LETTER_DIGEST,
  CALL_FOLLOW_UP,
  REMINDER,
  PORTAL_LINK,
  CERTIFICATE_EXPIRING,
  INTEGRATION_ALERT
}
