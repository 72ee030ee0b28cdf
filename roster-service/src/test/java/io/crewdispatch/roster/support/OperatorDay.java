package io.crewdispatch.roster.support;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * "Today" as the service counts days (its clock, the operator's zone), taken away from midnight: a
 * test that took it just before that zone's midnight would meet a service a day ahead, and a window
 * counted in days (certificate warnings, the portal's 90 days) would move under it. It failed so
 * once, at 08:00 UTC. Within a minute of midnight this waits it out, so it may sleep up to a minute
 * once a day.
 */
public final class OperatorDay {

  private static final Duration MARGIN = Duration.ofMinutes(1);

  private OperatorDay() {}

  public static LocalDate today(Clock clock, ZoneId zone) {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
    Duration toMidnight = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(zone));
    if (toMidnight.compareTo(MARGIN) < 0) {
      try {
        Thread.sleep(toMidnight.plusSeconds(1).toMillis());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting out midnight", interrupted);
      }
    }
    return LocalDate.now(clock.withZone(zone));
  }
}
