package io.crewdispatch.notification.delivery.application;

/**
 * Port: what sending has shown of the mail integration (Gmail or SMTP), announced to the office as
 * an integration state when an outage lasts, or at once when a person must act.
 */
public interface MailHealth {

  /** A message went out. */
  void working();

  /** Sending failed in a way that passes by itself (server down, timeouts). */
  void failing(String detail);

  /** The credentials were refused: nothing goes out until a person re-authorizes. */
  void refused(String detail);
}
