package io.crewdispatch.dispatch.cascade;

import static io.crewdispatch.dispatch.support.Fixtures.booking;
import static io.crewdispatch.dispatch.support.Fixtures.captain;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueId;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueSailDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.dispatch.support.DispatchDriver;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.dispatch.support.SecondInstance;
import io.crewdispatch.dispatch.support.TestClock;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Durable timers and conditional claims across instances: a restarted service picks the cascade up
 * from DynamoDB, and two instances in one consumer group never call or fire twice.
 */
@DispatchIntegrationTest
class MultiInstanceIT {

  @Autowired ApplicationContext context;
  @Autowired KafkaListenerEndpointRegistry listeners;
  DispatchDriver dispatch;
  LocalDate day = uniqueSailDate();
  String first = uniqueId("cap");
  String second = uniqueId("cap");
  String third = uniqueId("cap");

  @BeforeEach
  void open() {
    dispatch = new DispatchDriver();
    dispatch.roster(captain(first, 1, day), captain(second, 2, day), captain(third, 3, day));
  }

  @AfterEach
  void close() {
    dispatch.close();
    resumeThisInstance();
  }

  @Test
  void aRestartedServiceResumesTheCascadeAndFiresThePendingTimer() {
    String charterId = uniqueId("ch");
    dispatch.book(booking(charterId, day, 0));
    CaptainCalled firstCall = dispatch.captainCalled(charterId, first);
    stopThisInstance();

    try (SecondInstance restarted = SecondInstance.start()) {
      TestClock.INSTANCE.advance(
          Duration.between(TestClock.INSTANCE.instant(), firstCall.getRespondBy()));

      CaptainCalled next = dispatch.captainCalled(charterId, second);
      assertThat(next.getAttempt()).isEqualTo(2);
      assertThat(Duration.between(firstCall.getRespondBy(), next.getOccurredAt()))
          .isLessThan(Duration.ofSeconds(2));
      dispatch.accept(next);
      CaptainConfirmed confirmed =
          dispatch.await(CaptainConfirmed.class, e -> e.getCharterId().equals(charterId));
      assertThat(confirmed.getCaptain().getCrewId()).isEqualTo(second);
    }
  }

  @Test
  void twoInstancesNeverCallOrFireTwice() {
    try (SecondInstance other = SecondInstance.start()) {
      List<String> charters = IntStream.range(0, 8).mapToObj(i -> uniqueId("ch")).toList();
      charters.forEach(id -> dispatch.book(booking(id, day, 0)));
      charters.forEach(id -> dispatch.captainCalled(id, first));

      TestClock.INSTANCE.advance(Duration.ofMinutes(11));
      charters.forEach(id -> dispatch.captainCalled(id, second));
      TestClock.INSTANCE.advance(Duration.ofMinutes(11));
      charters.forEach(id -> dispatch.captainCalled(id, third));

      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(6))
          .until(
              () ->
                  charters.stream()
                      .allMatch(id -> dispatch.events(CaptainCalled.class, id).size() == 3));
      for (String id : charters) {
        assertThat(dispatch.events(CaptainCalled.class, id))
            .extracting(CaptainCalled::getAttempt)
            .containsExactly(1, 2, 3);
      }
    }
  }

  private void stopThisInstance() {
    listeners.stop();
    ((Lifecycle) context.getBean("timerPoller")).stop();
  }

  private void resumeThisInstance() {
    Lifecycle poller = (Lifecycle) context.getBean("timerPoller");
    if (!poller.isRunning()) {
      poller.start();
    }
    if (!listeners.isRunning()) {
      listeners.start();
    }
    SecondInstance.awaitPartitions(listeners);
  }
}
