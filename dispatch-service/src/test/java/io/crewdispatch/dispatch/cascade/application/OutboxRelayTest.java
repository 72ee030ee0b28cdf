package io.crewdispatch.dispatch.cascade.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.CharterDetails;
import io.crewdispatch.dispatch.cascade.domain.CharterStatus;
import io.crewdispatch.dispatch.cascade.domain.DispatchEvent;
import io.crewdispatch.dispatch.cascade.domain.DispatchEvent.CaptainConfirmed;
import io.crewdispatch.dispatch.cascade.domain.HoldWrite;
import io.crewdispatch.dispatch.cascade.domain.Person;
import io.crewdispatch.dispatch.config.DispatchProperties;
import io.crewdispatch.dispatch.roster.domain.Rank;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The relay with fakes of our own ports: a send starts only on a lease that covers it (taken afresh
 * when the one stamped at decision time has worn down, never on an outbox another instance took
 * over), and an event the broker can never take is reported and passed over.
 */
public class OutboxRelayTest {

  static final Instant NOW = Instant.parse("2026-06-01T16:00:00Z");
  static final Duration LEASE = Duration.ofSeconds(30);

  Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  FakeStore store = new FakeStore();
  List<String> published = new ArrayList<>();
  List<Instant> leaseAtSend = new ArrayList<>();
  List<String> reported = new ArrayList<>();
  String refused = "none";

  DispatchPublisher publisher =
      events -> {
        if (events.stream().anyMatch(e -> e.eventId().equals(refused))) {
          throw new UnpublishableEventException("record too large", null);
        }
        leaseAtSend.add(store.stored.outbox().leaseUntil());
        events.forEach(e -> published.add(e.eventId()));
      };

  TimerAgenda agenda = new TimerAgenda();

  OutboxRelay relay =
      new OutboxRelay(
          store,
          publisher,
          (event, reason) -> reported.add(event.eventId()),
          agenda,
          clock,
          properties());

  @AfterEach
  void stop() throws InterruptedException {
    relay.destroy();
  }

  @Test
  void aFreshLeaseIsUsedAsItIsAndTheSendClearsTheOutbox() {
    StoredCharter stored = store.put(outbox("owner", NOW.plus(LEASE), "e1", "e2"));

    relay.deliver(stored, "owner");

    assertThat(published).containsExactly("e1", "e2");
    assertThat(store.saves).as("only the clearing write").isEqualTo(1);
    assertThat(store.stored.outbox().isEmpty()).isTrue();
    assertThat(agenda.of(stored.charter().charterId()))
        .as("the lease's wake-up goes with the outbox (the charter has no deadline)")
        .isEmpty();
  }

  @Test
  void aLeaseWornDownBeforeTheSendIsRenewedToAFullLeaseFirst() {
    StoredCharter stored = store.put(outbox("owner", NOW.plusSeconds(5), "e1"));

    relay.deliver(stored, "owner");

    assertThat(leaseAtSend).containsExactly(NOW.plus(LEASE));
    assertThat(published).containsExactly("e1");
  }

  @Test
  void anOutboxLeftUnsentWakesThisInstanceWhenItsLeaseRunsOut() {
    publisher =
        events -> {
          throw new IllegalStateException("broker unreachable");
        };
    relay = new OutboxRelay(store, publisher, (event, reason) -> {}, agenda, clock, properties());
    StoredCharter stored = store.put(outbox("owner", NOW.plusSeconds(5), "e1"));

    relay.deliver(stored, "owner");

    assertThat(published).isEmpty();
    assertThat(agenda.takeDueBy(NOW.plus(LEASE)))
        .as("the renewed lease is noted: this instance resumes the send when it runs out")
        .containsExactly(new DueCharter(stored.charter().charterId(), NOW.plus(LEASE)));
  }

  @Test
  void anOutboxAnotherInstanceTookOverIsNotSent() {
    StoredCharter stale = store.put(outbox("owner", NOW.minusSeconds(1), "e1"));
    store.put(outbox("other", NOW.plus(LEASE), "e1")); // the poller of another instance took it

    relay.deliver(stale, "owner");

    assertThat(published).isEmpty();
    assertThat(store.stored.outbox().heldBy("other")).isTrue();
  }

  @Test
  void anEventTheBrokerCanNeverTakeIsReportedAndTheOthersGoOutInOrder() {
    refused = "e2";
    StoredCharter stored = store.put(outbox("owner", NOW.plus(LEASE), "e1", "e2", "e3"));

    relay.deliver(stored, "owner");

    assertThat(published).containsExactly("e1", "e3");
    assertThat(reported).containsExactly("e2");
    assertThat(store.stored.outbox().isEmpty()).as("the charter's outbox moves on").isTrue();
  }

  private static StoredCharter outbox(String owner, Instant leaseUntil, String... eventIds) {
    List<DispatchEvent> events = new ArrayList<>();
    for (String id : eventIds) {
      events.add(
          new CaptainConfirmed(
              id,
              NOW,
              "CH-1",
              "call-1",
              new Person("alex-marlow", "Alex Marlow", "alex@example.com", null, Rank.CAPTAIN),
              details()));
    }
    return new StoredCharter(charter(), 1, new Outbox(events, owner, leaseUntil));
  }

  static CharterDetails details() {
    return new CharterDetails(
        "Sea Breeze",
        LocalDate.of(2026, 6, 14),
        LocalTime.of(9, 30),
        LocalTime.of(13, 30),
        ZoneId.of("America/Los_Angeles"),
        8,
        0);
  }

  private static Charter charter() {
    return charter("CH-1");
  }

  /** A charter calling its first captain; the dynamodb package's tests use it too. */
  public static Charter charter(String charterId) {
    return new Charter(
        charterId,
        details(),
        CharterStatus.CALLING_CAPTAIN,
        null,
        List.of("alex-marlow"),
        1,
        List.of(),
        0,
        List.of(),
        null,
        List.of(),
        false);
  }

  /** Each send cleared at once by its sender (OutboxRelayClearWindowTest has the window). */
  static DispatchProperties properties() {
    return properties(Duration.ZERO);
  }

  static DispatchProperties properties(Duration clearWindow) {
    return new Binder(
            new MapConfigurationPropertySource(
                Map.of(
                    "crewdispatch.dispatch.timers.publish-lease", LEASE.toString(),
                    "crewdispatch.dispatch.timers.clear-window", clearWindow.toString())))
        .bindOrCreate("crewdispatch.dispatch", DispatchProperties.class);
  }

  /** One charter, saved only on the version before it, as DynamoDB's conditional write does. */
  static final class FakeStore implements CharterStore {
    StoredCharter stored;
    int saves;

    StoredCharter put(StoredCharter charter) {
      long version = stored == null ? charter.version() : stored.version() + 1;
      stored = new StoredCharter(charter.charter(), version, charter.outbox());
      return stored;
    }

    @Override
    public synchronized Optional<StoredCharter> load(String charterId) {
      return Optional.ofNullable(stored);
    }

    @Override
    public void save(StoredCharter charter, List<TimelineEntry> timeline, List<HoldWrite> holds) {
      throw new UnsupportedOperationException("the relay saves outboxes only");
    }

    @Override
    public boolean saveAllNew(List<NewCharter> charters) {
      throw new UnsupportedOperationException("the relay saves outboxes only");
    }

    @Override
    public synchronized boolean saveOutboxes(List<StoredCharter> charters) {
      throw new UnsupportedOperationException("one charter");
    }

    @Override
    public synchronized void saveOutbox(StoredCharter charter) {
      if (charter.version() != stored.version() + 1) {
        throw new ConcurrentChangeException("version " + stored.version());
      }
      saves++;
      stored = charter;
    }
  }
}
