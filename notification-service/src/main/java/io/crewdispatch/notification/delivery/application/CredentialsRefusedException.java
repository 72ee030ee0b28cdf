package io.crewdispatch.notification.delivery.application;

/**
 * The mail account's credentials were refused (Gmail's {@code invalid_grant}: revoked, expired,
 * password changed) or are missing. Nothing can be sent until a person authorizes again; the
 * message says what to do.
 */
public class CredentialsRefusedException extends RuntimeException {

  public CredentialsRefusedException(String message) {
    super(message);
  }
}
