package io.crewdispatch.auth.link.web;

import java.time.Duration;

/** A client over its rate limit; answered with 429 and Retry-After. */
public class TooManyRequests extends RuntimeException {

  private final Duration retryAfter;

  public TooManyRequests(Duration retryAfter) {
    super("rate limited", null, false, false);
    this.retryAfter = retryAfter;
  }

  /** Whole seconds, rounded up and at least 1, as Retry-After wants them. */
  long retryAfterSeconds() {
    long seconds = (retryAfter.toMillis() + 999) / 1000;
    return Math.max(1, seconds);
  }
}
