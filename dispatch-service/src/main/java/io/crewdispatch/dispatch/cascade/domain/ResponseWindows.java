package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.roster.domain.Rank;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * How long a called person has to answer, and when a call may start.
 *
 * <p>A window is the configured timeout, cut near departure to the time left divided by {@code
 * callsBeforeDeparture} (so that many calls still fit before the boat leaves), and never shorter
 * than {@code minimum}. During quiet hours, in the charter's time zone, no call starts: it waits
 * for the morning; and a deadline that would fall in quiet hours is pushed past them by as much as
 * it reached into them, so nobody loses answering time to the night. A charter departing within
 * {@code urgencyWindow} ignores quiet hours.
 */
public final class ResponseWindows {

  public record Settings(
      Duration captainTimeout, Duration crewTimeout, Duration minimum, int callsBeforeDeparture) {}

  public record QuietHours(
      boolean enabled, LocalTime start, LocalTime end, Duration urgencyWindow) {}

  private record Period(ZonedDateTime start, ZonedDateTime end) {}

  private final Settings settings;
  private final QuietHours quiet;

  public ResponseWindows(Settings settings, QuietHours quiet) {
    this.settings = settings;
    this.quiet = quiet;
  }

  /** When a call that would start {@code now} may start, if it must wait for quiet hours to end. */
  public Optional<Instant> deferredStart(Instant now, CharterDetails charter) {
    if (!quietHoursApply(now, charter)) {
      return Optional.empty();
    }
    return quietPeriod(now.atZone(charter.timeZone())).map(p -> p.end().toInstant());
  }

  public Instant respondBy(Instant start, Rank role, CharterDetails charter) {
    Duration timeout = role == Rank.CAPTAIN ? settings.captainTimeout() : settings.crewTimeout();
    Duration share =
        Duration.between(start, charter.departure()).dividedBy(settings.callsBeforeDeparture());
    Duration window = min(timeout, max(settings.minimum(), share));
    Instant deadline = start.plus(window);
    if (!quietHoursApply(start, charter)) {
      return deadline;
    }
    return quietPeriod(deadline.atZone(charter.timeZone()))
        .map(p -> p.end().toInstant().plus(Duration.between(p.start().toInstant(), deadline)))
        .orElse(deadline);
  }

  private boolean quietHoursApply(Instant now, CharterDetails charter) {
    return quiet.enabled()
        && !quiet.start().equals(quiet.end())
        && Duration.between(now, charter.departure()).compareTo(quiet.urgencyWindow()) > 0;
  }

  /** The quiet period a local time falls in; quiet hours may run past midnight. */
  private Optional<Period> quietPeriod(ZonedDateTime at) {
    LocalTime time = at.toLocalTime();
    ZonedDateTime day = at.toLocalDate().atStartOfDay(at.getZone());
    if (quiet.start().isBefore(quiet.end())) {
      boolean inside = !time.isBefore(quiet.start()) && time.isBefore(quiet.end());
      return inside ? Optional.of(period(day, day)) : Optional.empty();
    }
    if (!time.isBefore(quiet.start())) {
      return Optional.of(period(day, day.plusDays(1)));
    }
    if (time.isBefore(quiet.end())) {
      return Optional.of(period(day.minusDays(1), day));
    }
    return Optional.empty();
  }

  private Period period(ZonedDateTime startDay, ZonedDateTime endDay) {
    return new Period(
        startDay.toLocalDate().atTime(quiet.start()).atZone(startDay.getZone()),
        endDay.toLocalDate().atTime(quiet.end()).atZone(endDay.getZone()));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
