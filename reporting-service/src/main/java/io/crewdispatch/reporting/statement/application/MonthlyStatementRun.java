package io.crewdispatch.reporting.statement.application;

import io.crewdispatch.platform.logging.Failures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * The automatic monthly build. Each instance checks now and then (a {@link #tick()}) whether the
 * cron has fired, in the operator's time zone, by the injected clock; a fired cron makes the month
 * before it due, and a due month is built by whichever instance claims it first, once. A build that
 * fails is given back and retried at the next check; a run missed while no instance was up is made
 * if an instance starts within the catch-up window.
 */
public class MonthlyStatementRun {

  private static final Logger log = LoggerFactory.getLogger(MonthlyStatementRun.class);

  private final CronExpression cron;
  private final ZoneId zone;
  private final Duration catchUp;
  private final Duration lease;
  private final String owner;
  private final StatementRunClaims claims;
  private final Consumer<YearMonth> build;
  private final Clock clock;
  private final SortedSet<YearMonth> due = new TreeSet<>();
  private ZonedDateTime nextFire;

  public MonthlyStatementRun(
      String cron,
      ZoneId zone,
      Duration catchUp,
      Duration lease,
      String owner,
      StatementRunClaims claims,
      Consumer<YearMonth> build,
      Clock clock) {
    this.cron = CronExpression.parse(cron);
    this.zone = zone;
    this.catchUp = catchUp;
    this.lease = lease;
    this.owner = owner;
    this.claims = claims;
    this.build = build;
    this.clock = clock;
  }

  /** Builds every due month this instance can claim; called periodically. */
  public synchronized void tick() {
    Instant now = clock.instant();
    ZonedDateTime localNow = now.atZone(zone);
    if (nextFire == null) {
      nextFire = cron.next(localNow.minus(catchUp));
    }
    while (nextFire != null && !nextFire.isAfter(localNow)) {
      due.add(YearMonth.from(nextFire).minusMonths(1));
      nextFire = cron.next(nextFire);
    }
    for (YearMonth month : List.copyOf(due)) {
      runIfClaimed(month, now);
    }
  }

  /** When the cron fires next (after what is already due), in the operator's time zone. */
  public synchronized ZonedDateTime nextFire() {
    return nextFire != null ? nextFire : cron.next(clock.instant().atZone(zone));
  }

  private void runIfClaimed(YearMonth month, Instant now) {
    switch (claims.claim(month, owner, now, now.plus(lease))) {
      case COMPLETED -> due.remove(month);
      case HELD_ELSEWHERE -> log.info("event=statement_run_held_elsewhere month={}", month);
      case CLAIMED -> {
        log.info("event=statement_run_started month={} owner={}", month, owner);
        try {
          build.accept(month);
          claims.complete(month, owner, clock.instant());
          due.remove(month);
          log.info("event=statement_run_completed month={}", month);
        } catch (RuntimeException e) {
          log.error("event=statement_run_failed month={} error={}", month, Failures.describe(e));
          claims.release(month, owner);
        }
      }
    }
  }
}
