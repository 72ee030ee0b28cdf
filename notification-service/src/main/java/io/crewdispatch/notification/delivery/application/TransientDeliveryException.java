package io.crewdispatch.notification.delivery.application;

/** The mail system could not take the message now (quota, outage); it may later. */
public class TransientDeliveryException extends RuntimeException {

  public TransientDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
