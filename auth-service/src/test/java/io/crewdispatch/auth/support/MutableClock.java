package io.crewdispatch.auth.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A clock tests move (to expire links, refill rate limits). It starts at the real time because
 * DynamoDB Local deletes items whose TTL has passed in real time.
 */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> now = new AtomicReference<>(realNow());

  public void reset() {
    now.set(realNow());
  }

  public void advance(Duration duration) {
    now.updateAndGet(t -> t.plus(duration));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("tests use UTC");
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  private static Instant realNow() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {
    @Bean
    MutableClock clock() {
      return new MutableClock();
    }
  }
}
