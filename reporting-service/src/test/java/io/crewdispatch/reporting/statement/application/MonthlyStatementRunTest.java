package io.crewdispatch.reporting.statement.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schedule with a moved clock and an in-memory stand-in for the claims table. */
class MonthlyStatementRunTest {

  static final ZoneId LA = ZoneId.of("America/Los_Angeles");

  final MovableClock clock = new MovableClock(at(2026, 6, 20, 12, 0));
  final InMemoryClaims claims = new InMemoryClaims();
  final List<YearMonth> built = new ArrayList<>();

  MonthlyStatementRun instance(String owner) {
    return new MonthlyStatementRun(
        "0 0 6 1 * *",
        LA,
        Duration.ofDays(1),
        Duration.ofHours(1),
        owner,
        claims,
        built::add,
        clock);
  }

  @Test
  void firesOnceAtSixOnTheFirstInTheOperatorsZoneForTheMonthBefore() {
    MonthlyStatementRun run = instance("a");
    run.tick();
    clock.set(at(2026, 7, 1, 5, 59));
    run.tick();
    assertThat(built).isEmpty();

    clock.set(at(2026, 7, 1, 6, 0));
    run.tick();
    clock.set(at(2026, 7, 1, 6, 1));
    run.tick();
    clock.set(at(2026, 7, 15, 6, 0));
    run.tick();
    assertThat(built).containsExactly(YearMonth.of(2026, 6));

    clock.set(at(2026, 8, 1, 6, 0, 30));
    run.tick();
    run.tick();
    assertThat(built).containsExactly(YearMonth.of(2026, 6), YearMonth.of(2026, 7));
  }

  @Test
  void twoInstancesMakeEachMonthOnce() {
    MonthlyStatementRun a = instance("a");
    MonthlyStatementRun b = instance("b");
    a.tick();
    b.tick();

    for (int month = 7; month <= 12; month++) {
      clock.set(at(2026, month, 1, 6, 0));
      b.tick();
      a.tick();
      clock.set(at(2026, month, 1, 6, 1));
      a.tick();
      b.tick();
    }

    assertThat(built)
        .containsExactly(
            YearMonth.of(2026, 6),
            YearMonth.of(2026, 7),
            YearMonth.of(2026, 8),
            YearMonth.of(2026, 9),
            YearMonth.of(2026, 10),
            YearMonth.of(2026, 11));
  }

  @Test
  void aRunMissedWhileDownIsMadeWhenAnInstanceStartsWithinTheCatchUpWindow() {
    clock.set(at(2026, 7, 1, 9, 0));
    instance("late").tick();

    assertThat(built).containsExactly(YearMonth.of(2026, 6));
  }

  @Test
  void anInstanceStartingAfterTheCatchUpWindowWaitsForTheNextMonth() {
    clock.set(at(2026, 7, 3, 9, 0));
    instance("much-later").tick();

    assertThat(built).isEmpty();
  }

  @Test
  void aFailedBuildIsGivenBackAndRetriedAtTheNextCheck() {
    List<YearMonth> attempts = new ArrayList<>();
    MonthlyStatementRun run =
        new MonthlyStatementRun(
            "0 0 6 1 * *",
            LA,
            Duration.ofDays(1),
            Duration.ofHours(1),
            "flaky",
            claims,
            month -> {
              attempts.add(month);
              if (attempts.size() == 1) {
                throw new IllegalStateException("Drive is down");
              }
            },
            clock);
    run.tick();
    clock.set(at(2026, 7, 1, 6, 0));
    run.tick();
    clock.set(at(2026, 7, 1, 6, 1));
    run.tick();
    run.tick();

    assertThat(attempts).containsExactly(YearMonth.of(2026, 6), YearMonth.of(2026, 6));
    assertThat(claims.completed).containsKey(YearMonth.of(2026, 6));
  }

  @Test
  void aClaimWhoseInstanceDiedIsTakenOverAfterItsLease() {
    claims.claim(
        YearMonth.of(2026, 6),
        "dead",
        at(2026, 7, 1, 6, 0),
        at(2026, 7, 1, 6, 0).plusSeconds(3600));
    clock.set(at(2026, 7, 1, 6, 0));
    MonthlyStatementRun run = instance("alive");
    run.tick();
    assertThat(built).isEmpty();

    clock.set(at(2026, 7, 1, 7, 1));
    run.tick();
    assertThat(built).containsExactly(YearMonth.of(2026, 6));
  }

  static Instant at(int year, int month, int day, int hour, int minute) {
    return at(year, month, day, hour, minute, 0);
  }

  static Instant at(int year, int month, int day, int hour, int minute, int second) {
    return LocalDateTime.of(year, month, day, hour, minute, second).atZone(LA).toInstant();
  }

  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** The claim rules of the DynamoDB adapter, in memory. */
  static final class InMemoryClaims implements StatementRunClaims {
    final Map<YearMonth, String> owners = new HashMap<>();
    final Map<YearMonth, Instant> leases = new HashMap<>();
    final Map<YearMonth, Instant> completed = new HashMap<>();

    @Override
    public Outcome claim(YearMonth month, String owner, Instant now, Instant leaseUntil) {
      if (completed.containsKey(month)) {
        return Outcome.COMPLETED;
      }
      if (owners.containsKey(month) && !leases.get(month).isBefore(now)) {
        return Outcome.HELD_ELSEWHERE;
      }
      owners.put(month, owner);
      leases.put(month, leaseUntil);
      return Outcome.CLAIMED;
    }

    @Override
    public void complete(YearMonth month, String owner, Instant at) {
      if (owner.equals(owners.get(month))) {
        completed.put(month, at);
      }
    }

    @Override
    public void release(YearMonth month, String owner) {
      if (owner.equals(owners.get(month))) {
        leases.put(month, Instant.EPOCH);
      }
    }
  }
}
