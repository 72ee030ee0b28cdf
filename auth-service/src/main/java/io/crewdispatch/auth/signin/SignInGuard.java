package io.crewdispatch.auth.signin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.crewdispatch.auth.config.AuthProperties;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows and stops password guessing: each client address gets {@code attemptsPerMinute} sign-in and
 * token requests per minute (Bucket4j), and {@code maxFailures} failed sign-ins in a row lock the
 * account for {@code lockout}, whoever tries. In memory per instance, on the injected clock.
 */
@Component
public class SignInGuard {

  private record Failures(int count, Instant lockedUntil) {}

  private final AuthProperties.SignIn settings;
  private final Clock clock;
  private final Cache<String, Bucket> byAddress;
  private final Cache<String, Failures> byAccount;

  SignInGuard(AuthProperties properties, Clock clock) {
    this.settings = properties.signIn();
    this.clock = clock;
    this.byAddress =
        Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(5)).build();
    this.byAccount =
        Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(settings.lockout().multipliedBy(2))
            .build();
  }

  /** Empty when the address may try again now, else how long it must wait. */
  public Optional<Duration> acquire(String address) {
    Bucket bucket =
        byAddress.get(
            address,
            a ->
                Bucket.builder()
                    .addLimit(
                        limit ->
                            limit
                                .capacity(settings.attemptsPerMinute())
                                .refillIntervally(
                                    settings.attemptsPerMinute(), Duration.ofMinutes(1)))
                    .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  public boolean isLocked(String account) {
    Failures failures = byAccount.getIfPresent(key(account));
    return failures != null
        && failures.lockedUntil() != null
        && clock.instant().isBefore(failures.lockedUntil());
  }

  public void failed(String account) {
    byAccount
        .asMap()
        .compute(
            key(account),
            (k, previous) -> {
              Instant now = clock.instant();
              if (previous != null
                  && previous.lockedUntil() != null
                  && now.isBefore(previous.lockedUntil())) {
                return previous; // a locked account stays locked until its time is up
              }
              int count =
                  previous == null || previous.lockedUntil() != null ? 1 : previous.count() + 1;
              return count >= settings.maxFailures()
                  ? new Failures(count, now.plus(settings.lockout()))
                  : new Failures(count, null);
            });
  }

  public void succeeded(String account) {
    byAccount.invalidate(key(account));
  }

  private static String key(String account) {
    return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
  }
}
