package io.crewdispatch.dispatch.cascade.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.Decision;
import io.crewdispatch.dispatch.cascade.domain.HoldWrite;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The first attempt decides on the charter as this instance last saw it, without a read; only a
 * save proves that copy current. A stale copy (another instance wrote since) never decides: a save
 * on it is refused, and a decision on it that saves nothing or refuses is made again on the stored
 * charter. Fakes of our own ports; the store saves only on the version before, as DynamoDB's
 * conditional write does.
 */
class CharterTransitionsTest {

  Clock clock = Clock.fixed(OutboxRelayTest.NOW, ZoneOffset.UTC);
  FakeStore store = new FakeStore();
  TimerAgenda agenda = new TimerAgenda();
  OutboxRelay relay =
      new OutboxRelay(
          store,
          events -> {
            throw new AssertionError("these decisions publish nothing");
          },
          (event, reason) -> {},
          agenda,
          clock,
          OutboxRelayTest.properties());
  CharterTransitions transitions = new CharterTransitions(store, relay, agenda, clock);

  @AfterEach
  void stop() throws InterruptedException {
    relay.destroy();
  }

  @Test
  void aCurrentCopyIsDecidedOnAndSavedWithoutARead() {
    store.stored = stored(3, false);
    store.seen = store.stored;

    Optional<Charter> after = transitions.apply("CH-1", "e1", CharterTransitionsTest::pause);

    assertThat(after.orElseThrow().paused()).isTrue();
    assertThat(store.loads).as("no read: the copy was current").isZero();
    assertThat(store.stored.version()).isEqualTo(4);
  }

  @Test
  void aChangeDecidedOnAStaleCopyIsRefusedAndDecidedAgainOnTheStoredCharter() {
    store.stored = stored(3, true); // another instance paused it
    store.seen = stored(2, false);

    Optional<Charter> after = transitions.apply("CH-1", "e1", CharterTransitionsTest::pause);

    assertThat(after.orElseThrow().paused()).isTrue();
    assertThat(store.refused).as("the save on the stale copy").isEqualTo(1);
    assertThat(store.loads).isEqualTo(1);
    assertThat(store.stored.version()).as("nothing to save on the stored charter").isEqualTo(3);
  }

  @Test
  void aStaleCopyThatChangesNothingIsNotTakenAsTheAnswer() {
    store.stored = stored(3, true); // another instance paused it
    store.seen = stored(2, false);

    Optional<Charter> after = transitions.apply("CH-1", "e1", CharterTransitionsTest::resume);

    assertThat(after.orElseThrow().paused()).as("resumed: decided on the stored charter").isFalse();
    assertThat(store.stored.version()).isEqualTo(4);
    assertThat(store.loads).isEqualTo(1);
  }

  /** Office actions refuse on the charter's state (a {@code Refusal}); a stale copy may mislead. */
  @Test
  void aRefusalOnAStaleCopyIsDecidedAgainOnTheStoredCharter() {
    store.stored = stored(3, true);
    store.seen = stored(2, false);

    Optional<Charter> after =
        transitions.apply(
            "CH-1",
            "e1",
            c -> {
              if (!c.paused()) {
                throw new IllegalStateException("the cascade is not paused");
              }
              return resume(c);
            });

    assertThat(after.orElseThrow().paused()).isFalse();
    assertThat(store.stored.version()).isEqualTo(4);
  }

  @Test
  void aRefusalOnTheStoredCharterReachesTheCaller() {
    store.stored = stored(3, false);
    store.seen = store.stored;
    Function<Charter, Decision> refuse =
        c -> {
          throw new IllegalStateException("the cascade is not paused");
        };

    assertThatThrownBy(() -> transitions.apply("CH-1", "e1", refuse))
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.loads).as("the copy's refusal is checked on the stored charter").isEqualTo(1);
  }

  private static Decision pause(Charter c) {
    return c.paused() ? unchanged(c) : changed(c, true);
  }

  private static Decision resume(Charter c) {
    return c.paused() ? changed(c, false) : unchanged(c);
  }

  private static Decision unchanged(Charter c) {
    return new Decision(c, List.of(), List.of(), List.of(), false);
  }

  private static Decision changed(Charter c, boolean paused) {
    Charter next =
        new Charter(
            c.charterId(),
            c.details(),
            c.status(),
            c.stallReason(),
            c.captainQueue(),
            c.captainsReached(),
            c.crewQueue(),
            c.crewReached(),
            c.calls(),
            c.nextCallAt(),
            c.handledEvents(),
            paused);
    return new Decision(next, List.of(), List.of(), List.of(), true);
  }

  private static StoredCharter stored(long version, boolean paused) {
    Charter c = OutboxRelayTest.charter("CH-1");
    return new StoredCharter(changed(c, paused).charter(), version, Outbox.EMPTY);
  }

  /** One charter; a save lands only on the version before it. */
  static final class FakeStore implements CharterStore {
    StoredCharter stored;
    StoredCharter seen;
    int loads;
    int refused;

    @Override
    public Optional<StoredCharter> load(String charterId) {
      loads++;
      return Optional.ofNullable(stored);
    }

    @Override
    public Optional<StoredCharter> lastSeen(String charterId) {
      return Optional.ofNullable(seen);
    }

    @Override
    public void save(StoredCharter charter, List<TimelineEntry> timeline, List<HoldWrite> holds) {
      if (charter.version() != stored.version() + 1) {
        refused++;
        throw new ConcurrentChangeException("version " + stored.version());
      }
      stored = charter;
      seen = charter;
    }

    @Override
    public boolean saveAllNew(List<NewCharter> charters) {
      throw new UnsupportedOperationException("no bookings here");
    }

    @Override
    public void saveOutbox(StoredCharter charter) {
      throw new UnsupportedOperationException("nothing is sent here");
    }

    @Override
    public boolean saveOutboxes(List<StoredCharter> charters) {
      throw new UnsupportedOperationException("nothing is sent here");
    }
  }
}
