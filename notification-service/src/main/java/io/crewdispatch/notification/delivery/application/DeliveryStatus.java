package io.crewdispatch.notification.delivery.application;

/** Where one notice's delivery stands in notification-log. */
public enum DeliveryStatus {
  /** Claimed by a sender until its lease ends. */
  SENDING,
  /** The mail system accepted it: never send again. */
  SENT,
  /** It can never go as it is (bad address); a replay may try again. */
  FAILED,
  /** Waiting for the mail account to be authorized again. */
  HELD,
  /** The mail system was unavailable; the event comes back later. */
  RETRYING
}
