package io.crewdispatch.auth.link.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.crewdispatch.auth.config.AuthProperties;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per client address and per link, in memory: a guesser is slowed per
 * address, and a leaked link cannot be hammered from many addresses. Buckets run on the injected
 * clock, so tests can let them refill. Per instance: N instances allow N times the rate, which
 * still bounds guessing far below what 256-bit tokens need.
 */
@Component
class RateLimits {

  private final AuthProperties.RateLimit settings;
  private final TimeMeter time;
  private final Cache<String, Bucket> byAddress;
  private final Cache<String, Bucket> byToken;

  RateLimits(AuthProperties properties, Clock clock) {
    this.settings = properties.rateLimit();
    this.time = new ClockTimeMeter(clock);
    Duration idle = max(settings.perIpPeriod(), settings.perTokenPeriod()).multipliedBy(2);
    this.byAddress = cache(idle);
    this.byToken = cache(idle);
  }

  /** Empty when the request may go on, else how long the client must wait. */
  Optional<Duration> acquire(String address, String tokenKey) {
    Bucket perAddress =
        byAddress.get(address, a -> bucket(settings.perIpRequests(), settings.perIpPeriod()));
    Optional<Duration> wait = take(perAddress);
    if (wait.isPresent() || tokenKey == null) {
      return wait;
    }
    return take(
        byToken.get(tokenKey, t -> bucket(settings.perTokenRequests(), settings.perTokenPeriod())));
  }

  private Optional<Duration> take(Bucket bucket) {
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  private Bucket bucket(int requests, Duration period) {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(requests).refillGreedy(requests, period))
        .withCustomTimePrecision(time)
        .build();
  }

  private Cache<String, Bucket> cache(Duration idle) {
    return Caffeine.newBuilder()
        .maximumSize(settings.trackedClients())
        .expireAfterAccess(idle)
        .build();
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private record ClockTimeMeter(Clock clock) implements TimeMeter {
    @Override
    public long currentTimeNanos() {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
