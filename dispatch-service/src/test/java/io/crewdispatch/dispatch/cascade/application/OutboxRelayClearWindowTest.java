package io.crewdispatch.dispatch.cascade.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.dispatch.cascade.domain.Decision;
import io.crewdispatch.dispatch.cascade.domain.DispatchEvent;
import io.crewdispatch.dispatch.cascade.domain.DispatchEvent.CaptainConfirmed;
import io.crewdispatch.dispatch.cascade.domain.Person;
import io.crewdispatch.dispatch.roster.domain.Rank;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

  OutboxRelay relay =
      new OutboxRelay(
          store,
          publisher,
          (event, reason) -> {},
          new TimerAgenda(),
          clock,
          OutboxRelayTest.properties(WINDOW));

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
   * A steady trickle (a send every 50 ms for 1.5 s, a 200 ms window, writes that take 40 ms, so
   * sends come while a clear is being written): one write per window, not one per send.
   */
  @Test
  void aSteadyTrickleIsClearedOncePerWindow() throws InterruptedException {
    store.writeMillis = 40;
    OutboxRelay trickle =
        new OutboxRelay(
            store,
            publisher,
            (event, reason) -> {},
            new TimerAgenda(),
            clock,
            OutboxRelayTest.properties(Duration.ofMillis(200)));
    try {
      for (int i = 0; i < 30; i++) {
        trickle.deliver(put("CH-" + i, 1, "e" + i), "owner");
        Thread.sleep(50); // the load's shape: one send every 50 ms
      }
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> store.charters.values().stream().allMatch(c -> c.outbox().isEmpty()));
    } finally {
      trickle.destroy();
    }
    assertThat(store.together + store.single)
        .as("writes for 30 sends over ~8 windows")
        .isBetween(5, 12);
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
        charter -> new Decision(charter, List.of(event("CH-1", "e9")), List.of(), List.of(), true));

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
    List<DispatchEvent> events = Arrays.stream(eventIds).map(id -> event(charterId, id)).toList();
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

  private static DispatchEvent event(String charterId, String eventId) {
    return new CaptainConfirmed(
        eventId,
        NOW,
        charterId,
        "call-1",
        new Person("alex-marlow", "Alex Marlow", "alex@example.com", null, Rank.CAPTAIN),
        OutboxRelayTest.details());
  }
}
