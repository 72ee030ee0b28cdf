package io.crewdispatch.auth.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.auth.config.AuthProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInGuardTest {

  Instant now = Instant.parse("2026-06-01T10:00:00Z");
  final Clock clock =
      new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  final SignInGuard guard = new SignInGuard(properties(3, Duration.ofMinutes(15)), clock);

  @Test
  void theThirdFailureInARowLocksTheAccountWhatever() {
    guard.failed("a@example.com");
    guard.failed("A@example.com ");
    assertThat(guard.isLocked("a@example.com")).isFalse();
    guard.failed("a@example.com");
    assertThat(guard.isLocked("a@example.com")).isTrue();
    assertThat(guard.isLocked("b@example.com")).isFalse();
  }

  @Test
  void aSuccessClearsTheCount() {
    guard.failed("a@example.com");
    guard.failed("a@example.com");
    guard.succeeded("a@example.com");
    guard.failed("a@example.com");
    assertThat(guard.isLocked("a@example.com")).isFalse();
  }

  @Test
  void failingWhileLockedDoesNotUnlockAndTheLockEnds() {
    for (int i = 0; i < 3; i++) {
      guard.failed("a@example.com");
    }
    now = now.plus(Duration.ofMinutes(10));
    guard.failed("a@example.com");
    assertThat(guard.isLocked("a@example.com")).isTrue();
    now = now.plus(Duration.ofMinutes(6));
    assertThat(guard.isLocked("a@example.com")).isFalse();
  }

  static AuthProperties properties(int maxFailures, Duration lockout) {
    return new AuthProperties(
        "https://crew.example.com",
        new AuthProperties.Token("a2V5", "k1", List.of()),
        new AuthProperties.Link(Duration.ofMinutes(30), Duration.ofDays(90), Duration.ofHours(12)),
        new AuthProperties.RateLimit(60, Duration.ofMinutes(1), 10, Duration.ofMinutes(1), 1000),
        new AuthProperties.Outbox(Duration.ofSeconds(5), Duration.ofSeconds(10)),
        new AuthProperties.SignIn(
            "",
            Duration.ofMinutes(10),
            Duration.ofHours(8),
            "target/key.json",
            "http://localhost:8086/cb",
            maxFailures,
            lockout,
            20,
            "",
            List.of(),
            new AuthProperties.Seed(false, "office@example.com", "target/c.properties"),
            new AuthProperties.Google("", "", "", List.of())),
        new AuthProperties.Portal(
            90, "America/Los_Angeles", Duration.ofDays(30), 3, 10, Duration.ofHours(1)));
  }
}
