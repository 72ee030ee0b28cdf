package io.crewdispatch.dispatch.cascade;

import static io.crewdispatch.dispatch.support.Fixtures.booking;
import static io.crewdispatch.dispatch.support.Fixtures.captain;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueId;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueSailDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.dispatch.cascade.application.AnswerCalls;
import io.crewdispatch.dispatch.cascade.application.ApplyRosterChange;
import io.crewdispatch.dispatch.cascade.application.BookedCharter;
import io.crewdispatch.dispatch.cascade.application.CallAnswer;
import io.crewdispatch.dispatch.cascade.application.CharterStore;
import io.crewdispatch.dispatch.cascade.application.StartCascade;
import io.crewdispatch.dispatch.cascade.domain.Call;
import io.crewdispatch.dispatch.cascade.domain.CallState;
import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.CharterDetails;
import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.DayAvailability;
import io.crewdispatch.dispatch.roster.domain.Rank;
import io.crewdispatch.dispatch.roster.domain.RosterUpdate;
import io.crewdispatch.dispatch.support.DispatchDriver;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.dispatch.support.Holds;
import io.crewdispatch.dispatch.support.SecondInstance;
import io.crewdispatch.dispatch.support.TestClock;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.WithdrawalReason;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Flow 10 under pressure: one captain called for two overlapping charters accepts both —
 * sequentially, at the same instant from two threads, and from two service instances at once — and
 * is confirmed exactly once, every time. Most trials drive the application services directly
 * (against DynamoDB Local, as the listeners would); a smaller number go through the broker end to
 * end with the two charters on different partitions.
 */
@DispatchIntegrationTest
class HoldRaceIT {

  private static final int TRIALS = 210;
  private static final int KAFKA_TRIALS = 12;
  private static final ZoneId SAN_DIEGO = ZoneId.of("America/Los_Angeles");
  private static final int PARTITIONS = 3;

  enum Mode {
    SEQUENTIAL,
    TWO_THREADS,
    TWO_INSTANCES
  }

  static SecondInstance other;
  static ExecutorService threads = Executors.newFixedThreadPool(2);

  @Autowired StartCascade start;
  @Autowired AnswerCalls answers;
  @Autowired ApplyRosterChange roster;
  @Autowired CharterStore store;

  @BeforeAll
  static void startSecondInstance() {
    other = SecondInstance.start();
  }

  @AfterAll
  static void stop() {
    threads.shutdownNow();
    other.close();
  }

  @Test
  void overlappingAcceptsConfirmTheCaptainExactlyOnceEveryTime() throws Exception {
    Random random = new Random();
    Map<Mode, Integer> runs = new EnumMap<>(Mode.class);
    int exactlyOne = 0;
    for (int trial = 0; trial < TRIALS; trial++) {
      Mode mode = Mode.values()[trial % Mode.values().length];
      String captain = uniqueId("cap");
      LocalDate day = uniqueSailDate();
      roster.apply(
          new RosterUpdate(
              UUID.randomUUID().toString(),
              TestClock.INSTANCE.instant(),
              new CrewMember(
                  captain,
                  "Test " + captain,
                  Rank.CAPTAIN,
                  captain + "@example.com",
                  null,
                  1,
                  true,
                  Map.of(day, DayAvailability.AVAILABLE),
                  Map.of())));
      // Random overlapping hours: b leaves while a is out.
      LocalTime aLeaves = LocalTime.of(8, 0).plusMinutes(15L * random.nextInt(16));
      LocalTime aReturns = aLeaves.plusMinutes(60 + 15L * random.nextInt(12));
      LocalTime bLeaves =
          aLeaves.plusMinutes(
              15L * random.nextInt((int) Duration.between(aLeaves, aReturns).toMinutes() / 15));
      LocalTime bReturns = bLeaves.plusMinutes(60 + 15L * random.nextInt(8));
      String a = uniqueId("ch");
      String b = uniqueId("ch");
      book(a, day, aLeaves, aReturns);
      book(b, day, bLeaves, bReturns);
      CallAnswer acceptA = acceptOf(a, captain);
      CallAnswer acceptB = acceptOf(b, captain);
      boolean bFirst = random.nextBoolean();
      CallAnswer one = bFirst ? acceptB : acceptA;
      CallAnswer two = bFirst ? acceptA : acceptB;

      switch (mode) {
        case SEQUENTIAL -> {
          answers.accepted(one);
          answers.accepted(two);
        }
        case TWO_THREADS -> atOnce(() -> answers.accepted(one), () -> answers.accepted(two));
        case TWO_INSTANCES ->
            atOnce(() -> answers.accepted(one), () -> other.bean(AnswerCalls.class).accepted(two));
      }

      Charter chA = store.load(a).orElseThrow().charter();
      Charter chB = store.load(b).orElseThrow().charter();
      List<String> confirmed =
          java.util.stream.Stream.of(chA, chB)
              .filter(c -> c.captain().isPresent())
              .map(Charter::charterId)
              .toList();
      assertThat(confirmed).as("trial %d (%s)", trial, mode).hasSize(1);
      assertThat(Holds.of(captain, day)).as("hold, trial %d", trial).isEqualTo(confirmed);
      Charter loser = confirmed.get(0).equals(a) ? chB : chA;
      assertThat(loser.calls())
          .singleElement()
          .extracting(Call::state)
          .isEqualTo(CallState.WITHDRAWN);
      exactlyOne++;
      runs.merge(mode, 1, Integer::sum);
    }
    System.out.printf(
        "HOLD TRIALS service layer: %d trials %s, exactly one confirmation in %d%n",
        TRIALS, runs, exactlyOne);
    assertThat(exactlyOne).isEqualTo(TRIALS);
  }

  @Test
  void overlappingAcceptsThroughTheBrokerOnDifferentPartitionsConfirmOnce() {
    int exactlyOne = 0;
    try (DispatchDriver dispatch = new DispatchDriver()) {
      List<String> captains = new ArrayList<>();
      List<LocalDate> days = new ArrayList<>();
      for (int trial = 0; trial < KAFKA_TRIALS; trial++) {
        captains.add(uniqueId("cap"));
        days.add(uniqueSailDate());
        dispatch.roster(captain(captains.get(trial), 1, days.get(trial)));
      }
      // The instance that books may not be the one that stored the roster: its copy of the roster
      // is at most the cache's time to live old.
      await().pollDelay(Duration.ofMillis(2100)).until(() -> true);
      for (int trial = 0; trial < KAFKA_TRIALS; trial++) {
        String captain = captains.get(trial);
        LocalDate day = days.get(trial);
        String a = uniqueId("ch");
        String b = otherPartitionThan(a);
        dispatch.book(booking(a, day, LocalTime.of(10, 0), LocalTime.of(14, 0), 0));
        dispatch.book(booking(b, day, LocalTime.of(11, 0), LocalTime.of(15, 0), 0));
        CaptainCalled callA = dispatch.captainCalled(a, captain);
        CaptainCalled callB = dispatch.captainCalled(b, captain);

        dispatch.accept(callA);
        dispatch.accept(callB);

        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    dispatch.events(CaptainConfirmed.class, a).size()
                            + dispatch.events(CaptainConfirmed.class, b).size()
                        == 1);
        String winner = dispatch.events(CaptainConfirmed.class, a).isEmpty() ? b : a;
        String loser = winner.equals(a) ? b : a;
        CallWithdrawn refused =
            dispatch.await(CallWithdrawn.class, e -> e.getCharterId().equals(loser));
        assertThat(refused.getReason()).isEqualTo(WithdrawalReason.HELD_ELSEWHERE);
        assertThat(dispatch.events(CaptainConfirmed.class, loser)).isEmpty();
        assertThat(Holds.of(captain, day)).containsExactly(winner);
        exactlyOne++;
      }
    }
    System.out.printf(
        "HOLD TRIALS through Kafka, two instances, charters on different partitions: %d trials,"
            + " exactly one confirmation in %d%n",
        KAFKA_TRIALS, exactlyOne);
  }

  private void book(String charterId, LocalDate day, LocalTime leaves, LocalTime returns) {
    start.booked(
        new BookedCharter(
            UUID.randomUUID().toString(),
            TestClock.INSTANCE.instant(),
            charterId,
            new CharterDetails("Sea Breeze", day, leaves, returns, SAN_DIEGO, 8, 0)));
  }

  private CallAnswer acceptOf(String charterId, String captain) {
    Call call = store.load(charterId).orElseThrow().charter().openCalls().get(0);
    assertThat(call.crewId()).isEqualTo(captain);
    return new CallAnswer(
        UUID.randomUUID().toString(),
        TestClock.INSTANCE.instant(),
        charterId,
        call.callId(),
        captain);
  }

  /** Both run as close to the same instant as two threads allow. */
  private static void atOnce(Runnable first, Runnable second) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    CompletableFuture<Void> one = CompletableFuture.runAsync(awaiting(go, first), threads);
    CompletableFuture<Void> two = CompletableFuture.runAsync(awaiting(go, second), threads);
    go.countDown();
    CompletableFuture.allOf(one, two).get();
  }

  private static Runnable awaiting(CountDownLatch go, Runnable task) {
    return () -> {
      try {
        go.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      task.run();
    };
  }

  private static String otherPartitionThan(String charterId) {
    while (true) {
      String candidate = uniqueId("ch");
      if (partition(candidate) != partition(charterId)) {
        return candidate;
      }
    }
  }

  private static int partition(String key) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        % PARTITIONS;
  }
}
