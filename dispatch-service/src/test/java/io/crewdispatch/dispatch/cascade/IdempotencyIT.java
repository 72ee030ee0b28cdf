package io.crewdispatch.dispatch.cascade;

import static io.crewdispatch.dispatch.support.Fixtures.booking;
import static io.crewdispatch.dispatch.support.Fixtures.captain;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueId;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueSailDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.dispatch.cascade.application.AnswerCalls;
import io.crewdispatch.dispatch.cascade.application.CallAnswer;
import io.crewdispatch.dispatch.support.DispatchDriver;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.dispatch.support.Http;
import io.crewdispatch.dispatch.support.TestClock;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.TokenDeclined;
import io.crewdispatch.events.WithdrawalReason;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.OneFetch;
import io.crewdispatch.testsupport.Samples;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/** Redelivery, duplicates, unknown charters and simultaneous accepts. */
@DispatchIntegrationTest
class IdempotencyIT {

  @LocalServerPort int port;
  @Autowired KafkaListenerEndpointRegistry listeners;
  @Autowired AnswerCalls answerCalls;
  DispatchDriver dispatch;
  LocalDate day = uniqueSailDate();
  String first = uniqueId("cap");
  String second = uniqueId("cap");
  String charterId = uniqueId("ch");

  @BeforeEach
  void open() {
    dispatch = new DispatchDriver();
    dispatch.roster(captain(first, 1, day), captain(second, 2, day));
  }

  @AfterEach
  void close() {
    dispatch.close();
  }

  @Test
  void aBurstOfDuplicateEventsChangesNothingTwice() {
    CharterBooked booked = booking(charterId, day, 0);
    for (int i = 0; i < 5; i++) {
      dispatch.book(booked);
    }
    CaptainCalled firstCall = dispatch.captainCalled(charterId, first);
    TokenDeclined decline = declined(firstCall);
    for (int i = 0; i < 3; i++) {
      dispatch.probe().publish(Topic.AUTH_EVENTS, charterId, decline);
    }
    CaptainCalled secondCall = dispatch.captainCalled(charterId, second);
    TokenAccepted accept = accepted(secondCall);
    for (int i = 0; i < 3; i++) {
      dispatch.probe().publish(Topic.AUTH_EVENTS, charterId, accept);
    }
    dispatch.await(CaptainConfirmed.class, e -> e.getCharterId().equals(charterId));

    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                dispatch.events(CaptainCalled.class, charterId).size() == 2
                    && dispatch.events(CaptainConfirmed.class, charterId).size() == 1);
    var timeline = new Http(port).get("/api/charters/" + charterId).json().get("timeline");
    assertThat(timeline.findValuesAsString("type"))
        .containsExactly(
            "BOOKED", "CALLED", "DECLINED", "CALLED", "ACCEPTED", "CONFIRMED", "STAFFED");
  }

  /**
   * A fetch's bookings are saved together; one delivered again among new ones (its charter exists)
   * makes that transaction fail as a whole, and then each is booked one by one: the charter booked
   * before is not called again, each new one is called once. All four are published to one
   * partition while the consumers are held, so they come in one fetch.
   */
  @Test
  void aBookingDeliveredAgainAmongNewOnesInOneFetchCallsNobodyTwice() {
    CharterBooked booked = booking(charterId, day, 0);
    dispatch.book(booked);
    dispatch.captainCalled(charterId, first);
    List<Map.Entry<String, SpecificRecord>> fetch = new ArrayList<>();
    fetch.add(Map.entry(charterId, booked));
    List<String> others = samePartitionAs(charterId, 3);
    others.forEach(id -> fetch.add(Map.entry(id, booking(id, day, 0))));

    OneFetch.publish(
        listeners,
        "dispatch-charter-events",
        () -> dispatch.probe().publishAll(Topic.CHARTER_EVENTS, fetch));

    others.forEach(id -> dispatch.captainCalled(id, first));
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                dispatch.events(CaptainCalled.class, charterId).size() == 1
                    && others.stream()
                        .allMatch(id -> dispatch.events(CaptainCalled.class, id).size() == 1));
    for (String id : List.of(charterId, others.get(0), others.get(1), others.get(2))) {
      var timeline = new Http(port).get("/api/charters/" + id).json().get("timeline");
      assertThat(timeline.findValuesAsString("type")).as(id).containsExactly("BOOKED", "CALLED");
    }
  }

  /** Charter ids that Kafka's default partitioner puts in the same partition as {@code key}. */
  private static List<String> samePartitionAs(String key, int count) {
    List<String> ids = new ArrayList<>();
    while (ids.size() < count) {
      String id = uniqueId("ch");
      if (Infrastructure.partitionOf(id) == Infrastructure.partitionOf(key)) {
        ids.add(id);
      }
    }
    return ids;
  }

  @Test
  void anEventForAnUnknownCharterIsRecordedAndDoesNotBlockItsPartition() {
    dispatch.accept(charterId, "call-" + UUID.randomUUID(), first, Rank.CAPTAIN);

    dispatch.book(booking(charterId, day, 0));
    dispatch.accept(dispatch.captainCalled(charterId, first));

    dispatch.await(CaptainConfirmed.class, e -> e.getCharterId().equals(charterId));
    var timeline = new Http(port).get("/api/charters/" + charterId).json().get("timeline");
    assertThat(timeline.findValuesAsString("type")).first().isEqualTo("UNKNOWN_CHARTER");
    assertThat(timeline.findValuesAsString("detail").get(0)).contains("TokenAccepted");
  }

  @Test
  void twoAcceptsAtTheSameInstantMakeExactlyOneCaptain() throws Exception {
    dispatch.book(booking(charterId, day, 0));
    CaptainCalled firstCall = dispatch.captainCalled(charterId, first);
    TestClock.INSTANCE.advance(Duration.ofMinutes(11));
    CaptainCalled secondCall = dispatch.captainCalled(charterId, second);
    CountDownLatch go = new CountDownLatch(1);

    List<CompletableFuture<Void>> accepts =
        List.of(firstCall, secondCall).stream()
            .map(
                call ->
                    CompletableFuture.runAsync(
                        () -> {
                          awaitQuietly(go);
                          answerCalls.accepted(
                              new CallAnswer(
                                  Samples.eventId(),
                                  TestClock.INSTANCE.instant(),
                                  charterId,
                                  call.getCallId(),
                                  call.getCallee().getCrewId()));
                        }))
            .toList();
    go.countDown();
    CompletableFuture.allOf(accepts.toArray(CompletableFuture[]::new)).get();

    CaptainConfirmed confirmed =
        dispatch.await(CaptainConfirmed.class, e -> e.getCharterId().equals(charterId));
    CallWithdrawn loser =
        dispatch.await(CallWithdrawn.class, e -> e.getCharterId().equals(charterId));
    assertThat(loser.getReason()).isEqualTo(WithdrawalReason.FILLED_BY_OTHER);
    assertThat(loser.getCallee().getCrewId()).isNotEqualTo(confirmed.getCaptain().getCrewId());
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(3))
        .until(() -> dispatch.events(CaptainConfirmed.class, charterId).size() == 1);
    var status = new Http(port).get("/api/charters/" + charterId).json();
    assertThat(status.get("captain").get("crewId").asString())
        .isEqualTo(confirmed.getCaptain().getCrewId());
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static TokenAccepted accepted(CaptainCalled call) {
    return TokenAccepted.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(TestClock.INSTANCE.instant())
        .setCallId(call.getCallId())
        .setCharterId(call.getCharterId())
        .setCrewId(call.getCallee().getCrewId())
        .setRole(Rank.CAPTAIN)
        .build();
  }

  private static TokenDeclined declined(CaptainCalled call) {
    return TokenDeclined.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(TestClock.INSTANCE.instant())
        .setCallId(call.getCallId())
        .setCharterId(call.getCharterId())
        .setCrewId(call.getCallee().getCrewId())
        .setRole(Rank.CAPTAIN)
        .build();
  }
}
