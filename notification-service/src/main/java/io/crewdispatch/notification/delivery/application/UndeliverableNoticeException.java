package io.crewdispatch.notification.delivery.application;

/**
 * The notice can never be delivered: NotificationFailed is published and the event goes to its
 * dead-letter topic without retries.
 */
public class UndeliverableNoticeException extends RuntimeException {

  public UndeliverableNoticeException(String message, Throwable cause) {
    super(message, cause);
  }
}
