package io.crewdispatch.notification.delivery.gmail;

import java.time.Instant;

/**
 * Whether the Gmail transport can get access tokens; {@code problem} says what is wrong and what a
 * person must do, {@code since} when it started.
 */
record CredentialsState(boolean usable, String problem, Instant since, Instant tokenExpiresAt) {

  static CredentialsState usable(Instant tokenExpiresAt) {
    return new CredentialsState(true, null, null, tokenExpiresAt);
  }

  static CredentialsState refused(String problem, Instant since) {
    return new CredentialsState(false, problem, since, null);
  }
}
