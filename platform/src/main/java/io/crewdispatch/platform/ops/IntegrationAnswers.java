package io.crewdispatch.platform.ops;

import io.crewdispatch.events.Integration;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * When each integration last answered a call the service made for its own work. {@link
 * IntegrationWatch} does not probe an integration that answered within its interval: under load the
 * service's own calls already prove it, and the probes' thread was one of the two busiest of every
 * service (issue 21). Recorded on every call, so a single write with no lock.
 */
public class IntegrationAnswers {

  private static final long NEVER = Long.MIN_VALUE;

  private final LongSupplier nanoTime;
  private final AtomicLongArray answered = new AtomicLongArray(Integration.values().length);

  public IntegrationAnswers() {
    this(System::nanoTime);
  }

  IntegrationAnswers(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
    for (int i = 0; i < answered.length(); i++) {
      answered.set(i, NEVER);
    }
  }

  /** The integration answered a call just now. */
  public void answered(Integration integration) {
    answered.setRelease(integration.ordinal(), nanoTime.getAsLong());
  }

  /** Whether the integration answered a call within {@code window} of now. */
  public boolean answeredWithin(Integration integration, Duration window) {
    long at = answered.getAcquire(integration.ordinal());
    return at != NEVER && nanoTime.getAsLong() - at < window.toNanos();
  }
}
