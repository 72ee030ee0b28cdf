package io.crewdispatch.auth.portal.web;

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
 * How often a new portal link may be asked for: per email address (so nobody can make a member's
 * link change, or their inbox fill, at will) and per client address (so nobody can walk through a
 * list of addresses). Token buckets on the injected clock, in memory per instance.
 */
@Component
class RequestLimits {

  private final AuthProperties.Portal settings;
  private final TimeMeter time;
  private final Cache<String, Bucket> byEmail;
  private final Cache<String, Bucket> byClient;

  RequestLimits(AuthProperties properties, Clock clock) {
    this.settings = properties.portal();
    this.time = new ClockTimeMeter(clock);
    Duration idle = settings.requestPeriod().multipliedBy(2);
    this.byEmail = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(idle).build();
    this.byClient = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(idle).build();
  }

  /** Empty when the request may go on, else how long the client must wait. */
  Optional<Duration> acquire(String clientAddress, String emailKey) {
    Optional<Duration> wait =
        take(byClient.get(clientAddress, a -> bucket(settings.requestsPerIp())));
    if (wait.isPresent()) {
      return wait;
    }
    return take(byEmail.get(emailKey, e -> bucket(settings.requestsPerAddress())));
  }

  private static Optional<Duration> take(Bucket bucket) {
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  private Bucket bucket(int requests) {
    return Bucket.builder()
        .addLimit(l -> l.capacity(requests).refillGreedy(requests, settings.requestPeriod()))
        .withCustomTimePrecision(time)
        .build();
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
