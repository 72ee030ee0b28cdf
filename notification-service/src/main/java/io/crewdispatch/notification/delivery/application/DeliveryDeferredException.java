package io.crewdispatch.notification.delivery.application;

/**
 * The notice could not be delivered now and must come back later (the consumer retries it at the
 * configured interval, for as long as it takes, keeping its place in the partition).
 */
public class DeliveryDeferredException extends RuntimeException {

  private final boolean credentialsRefused;

  public DeliveryDeferredException(String message, boolean credentialsRefused, Throwable cause) {
    super(message, cause);
    this.credentialsRefused = credentialsRefused;
  }

  public boolean credentialsRefused() {
    return credentialsRefused;
  }
}
