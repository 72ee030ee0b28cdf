package io.crewdispatch.notification.delivery.gmail;

import io.crewdispatch.notification.delivery.application.TransientDeliveryException;
import java.time.Duration;

/** Waits between attempts; tests pass one that records the waits instead of waiting. */
@FunctionalInterface
interface Sleeper {

  void sleep(Duration duration);

  /** The real wait; an interrupt (shutdown) gives the event back to Kafka. */
  static Sleeper real() {
    return duration -> {
      try {
        Thread.sleep(duration.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TransientDeliveryException("Interrupted while waiting to retry", e);
      }
    };
  }
}
