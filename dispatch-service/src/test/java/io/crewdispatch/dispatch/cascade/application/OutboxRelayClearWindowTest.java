package io.crewdispatch.dispatch.cascade.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.dispatch.cascade.domain.Decision;
import io.crewdispatch.dispatch.cascade.domain.DispatchEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The relay with a clear window (long here, so that only the test decides when it ends): charters
 * sent one after another are taken off their outboxes in one write; a decision saved on a charter
 * waiting for its clear goes out at once when nudged (as a transition does); a charter changed
 * meanwhile is cleared on its own with what was queued on it sent; and stopping clears what waits.
 */
class OutboxRelayClearWindowTest {

  static final Instant NOW = Instant.parse("2026-06-01T16:00:00Z");
  static final Duration LEASE = OutboxRelayTest.LEASE;
  static final Duration WINDOW = Duration.ofSeconds(3);

  Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  OutboxRelayTogetherTest.Store store = new OutboxRelayTogetherTest.Store();
  List<String> published = new CopyOnWriteArrayList<>();

  DispatchPublisher publisher = events -> events.forEach(e -> published.add(e.eventId()));

  OutboxRelay relay = relay(WINDOW);

  @AfterEach
  void stop() throws InterruptedException {
    relay.destroy();
  }

  @Test
  void chartersSentOneAfterAnotherAreClearedInOneWrite() {
    relay.deliver(put("CH-1", 1, "e1"), "owner");
    relay.deliver(put("CH-2", 1, "e2"), "owner");
    relay.deliver(put("CH-3", 1, "e3"), "owner");

    assertThat(published).containsExactly("e1", "e2", "e3");
    assertThat(store.single + store.together).as("no write before the window ends").isZero();

    relay.clearQueued();

    assertThat(store.together).isEqualTo(1);
    assertThat(store.single).isZero();
    assertThat(store.charters.values()).allMatch(c -> c.outbox().isEmpty());
  }

  @Test
  void theWindowEndsByItself() {
    relay.deliver(put("CH-1", 1, "e1"), "owner");
    relay.deliver(put("CH-2", 1, "e2"), "owner");

    await()
        .atMost(WINDOW.multipliedBy(3))
        .until(() -> store.charters.values().stream().allMatch(c -> c.outbox().isEmpty()));
    assertThat(store.together).isEqualTo(1);
  }

  /**
   * A send that comes while a window's clear is being written opens the next window; one after it
   * waits for that window instead of opening another. Windows that each found the queue empty piled
   * up and ended every ~100 ms at 10 bookings a second, a write per send (the first build).
   */
  @Test
  void aSendWhileAClearIsWrittenOpensNoSecondWindow() throws InterruptedException {
    OutboxRelay quick = relay(Duration.ofSeconds(2)); // longer than the steps below take
    StoredCharter a = put("CH-A", 1, "a");
    StoredCharter b = put("CH-B", 1, "b");
    StoredCharter c = put("CH-C", 1, "c");
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    store.beforeWrite =
        () -> {
          writing.countDown();
          await().until(() -> release.getCount() == 0);
        };
    try {
      quick.deliver(a, "owner");
      assertThat(writing.await(5, TimeUnit.SECONDS)).as("the window ended").isTrue();
      quick.deliver(b, "owner"); // while A's clear is being written
      store.beforeWrite = () -> {};
      release.countDown();
      await().until(() -> store.charters.get("CH-B").outbox().isEmpty());

      quick.deliver(c, "owner");

      assertThat(quick.windowsScheduled()).isEqualTo(1);
    } finally {
      quick.destroy();
    }
  }

  @Test
  void aDecisionSavedWhileItsCharterWaitsToBeClearedGoesOutWhenNudged() {
    StoredCharter sent = put("CH-1", 1, "e1");
    relay.deliver(sent, "owner");
    // A listener saves a decision on CH-1: the lease is still the sender's, so its event waits on
    // the outbox behind e1.
    put("CH-1", 2, "e1", "e9");

    relay.nudge("CH-1");

    await().atMost(WINDOW.dividedBy(2)).until(() -> published.contains("e9"));
    assertThat(published).containsExactly("e1", "e9");
  }

  @Test
  void aTransitionOnACharterWaitingToBeClearedNudgesIt() {
    CharterTransitions transitions = new CharterTransitions(store, relay, new TimerAgenda(), clock);
    relay.deliver(put("CH-1", 1, "e1"), "owner");

    transitions.apply(
        "CH-1",
        null,
        charter ->
            new Decision(
                charter,
                List.of(OutboxRelayTogetherTest.event("CH-1", "e9")),
                List.of(),
                List.of(),
                true));

    await().atMost(WINDOW.dividedBy(2)).until(() -> published.contains("e9"));
    assertThat(published).containsExactly("e1", "e9");
  }

  @Test
  void aCharterChangedMeanwhileIsClearedOnItsOwnAndWhatWasQueuedOnItIsSent() {
    relay.deliver(put("CH-1", 1, "e1"), "owner");
    relay.deliver(put("CH-2", 1, "e2"), "owner");
    put("CH-2", 2, "e2", "e9"); // another instance's decision: no nudge reaches this one

    relay.clearQueued();

    await().atMost(WINDOW.dividedBy(2)).until(() -> published.contains("e9"));
    assertThat(store.charters.get("CH-1").outbox().isEmpty()).isTrue();
    relay.clearQueued(); // e9's own clear
    assertThat(store.charters.get("CH-2").outbox().isEmpty()).isTrue();
    assertThat(published).containsExactly("e1", "e2", "e9");
  }

  @Test
  void stoppingClearsWhatWaitsForTheWindow() throws InterruptedException {
    relay.deliver(put("CH-1", 1, "e1"), "owner");

    relay.destroy();

    assertThat(store.charters.get("CH-1").outbox().isEmpty()).isTrue();
  }

  /** Stores {@code charterId} at {@code version} with these events on its outbox, leased. */
  private StoredCharter put(String charterId, long version, String... eventIds) {
    List<DispatchEvent> events =
        Arrays.stream(eventIds).map(id -> OutboxRelayTogetherTest.event(charterId, id)).toList();
    StoredCharter stored =
        new StoredCharter(
            OutboxRelayTest.charter(charterId),
            version,
            new Outbox(events, "owner", NOW.plus(LEASE)));
    synchronized (store) {
      store.charters.put(charterId, stored);
    }
    return stored;
  }

  private OutboxRelay relay(Duration window) {
    return new OutboxRelay(
        store,
        publisher,
        (event, reason) -> {},
        new TimerAgenda(),
        clock,
        OutboxRelayTest.properties(window));
  }
}
