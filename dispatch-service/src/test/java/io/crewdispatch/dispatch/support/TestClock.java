package io.crewdispatch.dispatch.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs (timers fire on real time) from a fixed starting day, and that tests move
 * forward. One instance for the whole test JVM, shared by every application context a test starts.
 */
public final class TestClock extends Clock {

  /** A Monday, 10:00 in San Diego: daytime, far from quiet hours. */
  public static final Instant START = Instant.parse("2027-03-01T18:00:00Z");

  public static final TestClock INSTANCE = new TestClock();

  private final AtomicReference<Duration> offset =
      new AtomicReference<>(Duration.between(Instant.now(), START));

  private TestClock() {}

  public void advance(Duration duration) {
    offset.updateAndGet(o -> o.plus(duration));
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    TestClock source = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return source.withZone(other);
      }

      @Override
      public Instant instant() {
        return source.instant();
      }
    };
  }
}
