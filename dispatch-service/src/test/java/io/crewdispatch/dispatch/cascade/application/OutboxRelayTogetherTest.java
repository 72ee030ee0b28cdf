package io.crewdispatch.dispatch.cascade.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.dispatch.cascade.domain.DispatchEvent;
import io.crewdispatch.dispatch.cascade.domain.DispatchEvent.CaptainConfirmed;
import io.crewdispatch.dispatch.cascade.domain.HoldWrite;
import io.crewdispatch.dispatch.cascade.domain.Person;
import io.crewdispatch.dispatch.roster.domain.Rank;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The relay sending the outboxes of charters saved together: one send of all their events and one
 * write taking them off; a write refused because one charter changed meanwhile clears each one by
 * one (nothing sent twice), and an event the broker can never take sends them one by one.
 */
class OutboxRelayTogetherTest {

  static final Instant NOW = Instant.parse("2026-06-01T16:00:00Z");
  static final Duration LEASE = Duration.ofSeconds(30);

  Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  Store store = new Store();
  List<List<String>> sends = new ArrayList<>();
  List<String> reported = new ArrayList<>();
  String refused = "none";

  DispatchPublisher publisher =
      events -> {
        if (events.stream().anyMatch(e -> e.eventId().equals(refused))) {
          throw new UnpublishableEventException("record too large", null);
        }
        sends.add(events.stream().map(DispatchEvent::eventId).toList());
      };

  OutboxRelay relay =
      new OutboxRelay(
          store,
          publisher,
          (event, reason) -> reported.add(event.eventId()),
          new TimerAgenda(),
          clock,
          OutboxRelayTest.properties());

  @AfterEach
  void stop() throws InterruptedException {
    relay.destroy();
  }

  @Test
  void chartersSavedTogetherAreSentInOneSendAndClearedInOneWrite() {
    List<OutboxRelay.Held> held =
        List.of(held("CH-1", "e1"), held("CH-2", "e2"), held("CH-3", "e3"));

    relay.deliverAll(held);

    assertThat(sends).containsExactly(List.of("e1", "e2", "e3"));
    assertThat(store.together).isEqualTo(1);
    assertThat(store.single).isZero();
    assertThat(store.charters.values()).allMatch(c -> c.outbox().isEmpty());
  }

  @Test
  void aCharterChangedMeanwhileMakesEachClearOnItsOwnWithNothingSentTwice() {
    List<OutboxRelay.Held> held = List.of(held("CH-1", "e1"), held("CH-2", "e2"));
    store.refuseTogether = true;

    relay.deliverAll(held);

    assertThat(sends).containsExactly(List.of("e1", "e2"));
    assertThat(store.single).isEqualTo(2);
    assertThat(store.charters.values()).allMatch(c -> c.outbox().isEmpty());
  }

  @Test
  void anEventTheBrokerCanNeverTakeSendsEachCharterOnItsOwn() {
    List<OutboxRelay.Held> held = List.of(held("CH-1", "e1"), held("CH-2", "e2"));
    refused = "e2";

    relay.deliverAll(held);

    assertThat(sends).containsExactly(List.of("e1"));
    assertThat(reported).containsExactly("e2");
    assertThat(store.together).isZero();
    assertThat(store.charters.values()).allMatch(c -> c.outbox().isEmpty());
  }

  private OutboxRelay.Held held(String charterId, String eventId) {
    StoredCharter stored =
        new StoredCharter(
            OutboxRelayTest.charter(charterId),
            1,
            new Outbox(List.of(event(charterId, eventId)), "owner", NOW.plus(LEASE)));
    store.charters.put(charterId, stored);
    return new OutboxRelay.Held(stored, "owner");
  }

  static DispatchEvent event(String charterId, String eventId) {
    return new CaptainConfirmed(
        eventId,
        NOW,
        charterId,
        "call-1",
        new Person("alex-marlow", "Alex Marlow", "alex@example.com", null, Rank.CAPTAIN),
        OutboxRelayTest.details());
  }

  /** Charters saved only on the version before, as DynamoDB's conditional writes do. */
  static final class Store implements CharterStore {

    final Map<String, StoredCharter> charters = new HashMap<>();
    boolean refuseTogether;
    int together;
    int single;
    volatile Runnable beforeWrite = () -> {}; // OutboxRelayClearWindowTest holds a write

    @Override
    public synchronized Optional<StoredCharter> load(String charterId) {
      return Optional.ofNullable(charters.get(charterId));
    }

    @Override
    public synchronized void save(
        StoredCharter charter, List<TimelineEntry> timeline, List<HoldWrite> holds) {
      saveOutbox(charter); // a decision, for OutboxRelayClearWindowTest: the same version check
      single--;
    }

    @Override
    public boolean saveAllNew(List<NewCharter> created) {
      throw new UnsupportedOperationException("the relay saves outboxes only");
    }

    @Override
    public synchronized void saveOutbox(StoredCharter charter) {
      beforeWrite.run();
      StoredCharter stored = charters.get(charter.charter().charterId());
      if (charter.version() != stored.version() + 1) {
        throw new ConcurrentChangeException("version " + stored.version());
      }
      single++;
      charters.put(charter.charter().charterId(), charter);
    }

    @Override
    public synchronized boolean saveOutboxes(List<StoredCharter> cleared) {
      beforeWrite.run();
      if (refuseTogether
          || cleared.stream()
              .anyMatch(c -> c.version() != charters.get(c.charter().charterId()).version() + 1)) {
        return false; // all or nothing, as a transaction
      }
      together++;
      cleared.forEach(c -> charters.put(c.charter().charterId(), c));
      return true;
    }
  }
}
