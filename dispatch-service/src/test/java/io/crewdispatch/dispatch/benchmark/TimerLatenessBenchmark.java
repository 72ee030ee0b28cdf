package io.crewdispatch.dispatch.benchmark;

import static io.crewdispatch.dispatch.support.Fixtures.member;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueId;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueSailDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.dispatch.cascade.application.CharterStore;
import io.crewdispatch.dispatch.cascade.application.Outbox;
import io.crewdispatch.dispatch.cascade.application.StoredCharter;
import io.crewdispatch.dispatch.cascade.domain.Call;
import io.crewdispatch.dispatch.cascade.domain.CallState;
import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.CharterDetails;
import io.crewdispatch.dispatch.cascade.domain.CharterStatus;
import io.crewdispatch.dispatch.cascade.domain.Person;
import io.crewdispatch.dispatch.roster.domain.Rank;
import io.crewdispatch.dispatch.support.DispatchDriver;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.dispatch.support.TestClock;
import io.crewdispatch.events.Availability;
import io.crewdispatch.events.CaptainCalled;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * 10,000 charters each waiting on a captain's answer, deadlines spread evenly over a window: how
 * late after its deadline each timer fires (the next CaptainCalled's occurredAt, when the timeout
 * was decided, minus the deadline) and when that event reached a consumer of dispatch-events. Run
 * alone: {@code ./mvnw -B -o -pl dispatch-service test -Dtest=TimerLatenessBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; the window is {@code -Dbenchmark.window=120} seconds.
 */
@DispatchIntegrationTest
@TestPropertySource(
    properties = {
      "crewdispatch.dispatch.timers.poll-interval=1s",
      "spring.kafka.listener.concurrency=3"
    })
class TimerLatenessBenchmark {

  static final int TIMERS = Integer.getInteger("benchmark.timers", 10_000);
  static final Duration WINDOW = Duration.ofSeconds(Integer.getInteger("benchmark.window", 120));
  static final ZoneId SAN_DIEGO = ZoneId.of("America/Los_Angeles");

  @Autowired CharterStore store;

  @Test
  void tenThousandPendingTimers() throws Exception {
    List<LocalDate> days = IntStream.range(0, TIMERS).mapToObj(i -> uniqueSailDate()).toList();
    List<Person> captains = seedCaptains(days);
    Instant firstDeadline = TestClock.INSTANCE.instant().plus(Duration.ofHours(1));
    Map<String, Instant> deadlines = new ConcurrentHashMap<>();
    IntStream.range(0, TIMERS)
        .parallel()
        .forEach(
            i -> {
              Instant due = firstDeadline.plus(WINDOW.multipliedBy(i).dividedBy(TIMERS));
              String charterId = uniqueId("timer");
              deadlines.put(charterId, due);
              store.save(waiting(charterId, days.get(i), captains, due), List.of(), List.of());
            });
    Map<String, Duration> lateness = new ConcurrentHashMap<>();
    Map<String, Duration> delivered = new ConcurrentHashMap<>();

    try (var tap =
        new DispatchEventsTap(
            e -> {
              if (e instanceof CaptainCalled c && deadlines.containsKey(c.getCharterId())) {
                Instant deadline = deadlines.get(c.getCharterId());
                lateness.put(c.getCharterId(), Duration.between(deadline, c.getOccurredAt()));
                delivered.put(
                    c.getCharterId(), Duration.between(deadline, TestClock.INSTANCE.instant()));
              }
            })) {
      // the first deadline is one second away from here on
      TestClock.INSTANCE.advance(
          Duration.between(TestClock.INSTANCE.instant(), firstDeadline).minusSeconds(1));
      await()
          .atMost(WINDOW.plus(Duration.ofMinutes(5)))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> lateness.size() >= TIMERS);
    }

    List<Long> fired = sorted(lateness);
    List<Long> seen = sorted(delivered);
    System.out.printf(
        "BENCHMARK timer-lateness timers=%d window_s=%d rate_per_s=%.0f"
            + " fired_p50_ms=%d fired_p99_ms=%d fired_max_ms=%d"
            + " delivered_p50_ms=%d delivered_p99_ms=%d delivered_max_ms=%d%n",
        TIMERS,
        WINDOW.toSeconds(),
        TIMERS / (double) WINDOW.toSeconds(),
        percentile(fired, 50),
        percentile(fired, 99),
        fired.get(fired.size() - 1),
        percentile(seen, 50),
        percentile(seen, 99),
        seen.get(seen.size() - 1));
    assertThat(fired.get(0)).as("no timer fires before its deadline").isNotNegative();
  }

  /** Lateness in milliseconds, smallest first. */
  private static List<Long> sorted(Map<String, Duration> lateness) {
    List<Long> millis =
        new ArrayList<>(lateness.values().stream().map(Duration::toMillis).toList());
    millis.sort(Long::compare);
    return millis;
  }

  private static long percentile(List<Long> sorted, int p) {
    return sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1);
  }

  /** Two captains available on every day: the first is called, the second comes next. */
  private List<Person> seedCaptains(List<LocalDate> days) {
    Map<LocalDate, Availability> availability = new HashMap<>();
    days.forEach(day -> availability.put(day, Availability.AVAILABLE));
    List<String> ids = List.of(uniqueId("cap"), uniqueId("cap"));
    try (DispatchDriver dispatch = new DispatchDriver()) {
      dispatch.roster(
          member(ids.get(0), io.crewdispatch.events.Rank.CAPTAIN, 1, availability, null),
          member(ids.get(1), io.crewdispatch.events.Rank.CAPTAIN, 2, availability, null));
    }
    return ids.stream()
        .map(id -> new Person(id, "Test " + id, id + "@example.com", null, Rank.CAPTAIN))
        .toList();
  }

  private static StoredCharter waiting(
      String charterId, LocalDate day, List<Person> captains, Instant due) {
    Person first = captains.get(0);
    CharterDetails details =
        new CharterDetails(
            "Sea Breeze", day, LocalTime.of(9, 30), LocalTime.of(13, 30), SAN_DIEGO, 8, 0);
    Call call =
        new Call(
            UUID.randomUUID().toString(),
            UUID.randomUUID().toString(),
            first,
            1,
            due.minus(Duration.ofHours(2)),
            due,
            CallState.OPEN,
            null);
    Charter charter =
        new Charter(
            charterId,
            details,
            CharterStatus.CALLING_CAPTAIN,
            null,
            captains.stream().map(Person::crewId).toList(),
            1,
            List.of(),
            0,
            List.of(call),
            null,
            List.of(),
            false);
    return new StoredCharter(charter, 1, Outbox.EMPTY);
  }
}
