package io.crewdispatch.roster.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The guard the roster ITs rely on, on a real-time clock set just before the zone's midnight. */
class OperatorDayTest {

  static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @Test
  void twoSecondsBeforeMidnightItWaitsAndAnswersTheNextDay() {
    Clock clock = runningFrom(DAY.plusDays(1).atStartOfDay(LA).toInstant().minusSeconds(2));

    assertThat(OperatorDay.today(clock, LA)).isEqualTo(DAY.plusDays(1));
  }

  @Test
  void awayFromMidnightItAnswersAtOnce() {
    Clock clock = runningFrom(DAY.atTime(12, 0).atZone(LA).toInstant());
    long start = System.nanoTime();

    assertThat(OperatorDay.today(clock, LA)).isEqualTo(DAY);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  /** A clock that runs in real time from {@code start}. */
  private static Clock runningFrom(Instant start) {
    return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
  }
}
