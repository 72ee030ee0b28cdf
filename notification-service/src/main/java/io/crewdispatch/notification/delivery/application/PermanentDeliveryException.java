package io.crewdispatch.notification.delivery.application;

/**
 * The message can never be delivered as it is (a malformed or rejected address, a request the mail
 * system refuses). The message is safe for logs; {@code detail} is for the person who reads
 * NotificationFailed and may name the address.
 */
public class PermanentDeliveryException extends RuntimeException {

  private final String detail;

  public PermanentDeliveryException(String message, String detail, Throwable cause) {
    super(message, cause);
    this.detail = detail;
  }

  public String detail() {
    return detail;
  }
}
