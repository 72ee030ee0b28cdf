package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.Decision;
import io.crewdispatch.platform.logging.Failures;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Load, decide, save, send: how every change to a charter happens. The save is conditional on the
 * version read, so two writers (two instances, or a listener and the timer poller) never both win;
 * the loser reads again and decides again. The holds a decision changes are saved in the same
 * transaction, each on the version the decision read: a person confirmed elsewhere meanwhile makes
 * the save fail, and the decision is made again on the new hold. An event already handled changes
 * nothing.
 *
 * <p>The first attempt decides on the charter as this instance last saw it ({@link
 * CharterStore#lastSeen}), without reading it: the conditional save is what proves that copy
 * current, so a stale one costs a refused write and a second attempt, never a wrong decision.
 */
@Service
public class CharterTransitions {

  private static final Logger log = LoggerFactory.getLogger(CharterTransitions.class);
  private static final int ATTEMPTS = 20;

  private final CharterStore store;
  private final OutboxRelay relay;
  private final TimerAgenda agenda;
  private final Clock clock;

  CharterTransitions(CharterStore store, OutboxRelay relay, TimerAgenda agenda, Clock clock) {
    this.store = store;
    this.relay = relay;
    this.agenda = agenda;
    this.clock = clock;
  }

  /**
   * Applies {@code decide} to the stored charter.
   *
   * @param eventId the event being applied, or null for a timer
   * @return the charter as it now stands, or empty when the charter is unknown
   */
  public Optional<Charter> apply(
      String charterId, String eventId, Function<Charter, Decision> decide) {
    return run(charterId, eventId, stored -> stored.map(decide), false);
  }

  /**
   * Like {@link #apply}, for an event that creates the charter when it is unknown. The first
   * attempt assumes it is (a booking usually is new) and saves without reading first.
   */
  public Charter applyOrCreate(
      String charterId, String eventId, Function<Optional<Charter>, Decision> decide) {
    return run(charterId, eventId, stored -> Optional.of(decide.apply(stored)), true).orElseThrow();
  }

  private Optional<Charter> run(
      String charterId,
      String eventId,
      Function<Optional<Charter>, Optional<Decision>> decide,
      boolean assumeNew) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<StoredCharter> seen =
          assumeNew || attempt > 0 ? Optional.empty() : store.lastSeen(charterId);
      if (seen.isPresent()) {
        Optional<StoredCharter> saved = saveOnSeen(seen.get(), eventId, decide);
        if (saved.isPresent()) {
          return saved.map(StoredCharter::charter);
        }
        continue; // the copy in memory did not lead to a save: decide on the stored charter
      }
      Optional<StoredCharter> stored =
          assumeNew && attempt == 0 ? Optional.empty() : store.load(charterId);
      if (eventId != null && stored.filter(s -> s.charter().handled(eventId)).isPresent()) {
        relay.resumeSoon(stored.get()); // a redelivery: make sure what it caused went out
        return stored.map(StoredCharter::charter);
      }
      Optional<Decision> decision = decide.apply(stored.map(StoredCharter::charter));
      if (decision.isEmpty()) {
        return Optional.empty();
      }
      if (!decision.get().changed()) {
        stored.ifPresent(
            s -> {
              relay.resumeSoon(s);
              agenda.looked(s, clock.instant());
            });
        return stored.map(StoredCharter::charter);
      }
      Optional<StoredCharter> saved = save(stored, decision.get(), attempt);
      if (saved.isPresent()) {
        return saved.map(StoredCharter::charter);
      }
    }
    throw new ConcurrentChangeException("Charter " + charterId + " kept changing; giving up");
  }

  /**
   * Decides on the charter as this instance last saw it, saving without a read first: an answer or
   * a deadline usually follows this instance's own write, so the read would find the same. The save
   * is conditioned on the copy's version, so a stale copy (another instance wrote since) saves
   * nothing. Only a save proves the copy current: an event found handled, a decision that changes
   * nothing or refuses are decided again on the stored charter, by the caller.
   *
   * @return the charter saved, or empty when the caller must read the stored one
   */
  private Optional<StoredCharter> saveOnSeen(
      StoredCharter seen, String eventId, Function<Optional<Charter>, Optional<Decision>> decide) {
    if (eventId != null && seen.charter().handled(eventId)) {
      return Optional.empty();
    }
    Optional<Decision> decision;
    try {
      decision = decide.apply(Optional.of(seen.charter()));
    } catch (RuntimeException refused) {
      return Optional.empty(); // a refusal may stem from the copy; a lasting failure recurs below
    }
    if (decision.isEmpty() || !decision.get().changed()) {
      return Optional.empty();
    }
    return save(Optional.of(seen), decision.get(), 0);
  }

  /** Saves the decision on condition of the version read; empty when another writer got there. */
  private Optional<StoredCharter> save(
      Optional<StoredCharter> stored, Decision decision, int attempt) {
    String owner = UUID.randomUUID().toString();
    StoredCharter next = next(stored, decision, owner);
    String charterId = next.charter().charterId();
    try {
      store.save(next, decision.timeline(), decision.holds());
    } catch (ConcurrentChangeException raced) {
      log.debug("event=save_raced charterId={} attempt={}", charterId, attempt);
      return Optional.empty();
    }
    agenda.saved(next); // this instance's timer poller fires it: no table poll needed
    if (next.outbox().heldBy(owner)) {
      relay.deliverSoon(next, owner);
    } else if (!next.outbox().isEmpty()) {
      relay.nudge(charterId); // its sender may only be waiting to clear what it sent
    }
    return Optional.of(next);
  }

  /** A charter an event creates, decided as new without a read. */
  public record Creation(String charterId, String eventId, Supplier<Decision> decide) {}

  /**
   * Creates charters assumed new as {@link #applyOrCreate}'s first attempt does, but saves as many
   * as fit in one transaction at a time ({@link CharterStore#saveAllNew}): under a backlog, a
   * fetch's bookings cost a write per hundred items instead of one each. A transaction refused (a
   * charter exists already: a redelivery) or failed creates none of its charters; those, and any
   * decision that writes holds, are left to the caller to apply one by one, which reads and decides
   * again and reports a failure against its own event.
   *
   * @return the charters created, by id
   */
  public Map<String, Charter> createTogether(List<Creation> creations) {
    List<List<CharterStore.NewCharter>> chunks = new ArrayList<>();
    List<CharterStore.NewCharter> chunk = new ArrayList<>();
    int items = 0;
    Map<String, String> owners = new HashMap<>();
    for (Creation creation : creations) {
      Decision decision = creation.decide().get();
      if (!decision.changed() || !decision.holds().isEmpty()) {
        continue; // not a plain creation: the one-by-one path handles it
      }
      String owner = UUID.randomUUID().toString();
      CharterStore.NewCharter created =
          new CharterStore.NewCharter(next(Optional.empty(), decision, owner), decision.timeline());
      if (created.items() > CharterStore.TOGETHER) {
        continue;
      }
      if (items + created.items() > CharterStore.TOGETHER) {
        chunks.add(chunk);
        chunk = new ArrayList<>();
        items = 0;
      }
      chunk.add(created);
      items += created.items();
      owners.put(creation.charterId(), owner);
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    Map<String, Charter> done = new LinkedHashMap<>();
    for (List<CharterStore.NewCharter> together : chunks) {
      if (!saved(together)) {
        continue;
      }
      List<OutboxRelay.Held> held = new ArrayList<>();
      for (CharterStore.NewCharter created : together) {
        StoredCharter next = created.charter();
        String owner = owners.get(next.charter().charterId());
        agenda.saved(next);
        if (next.outbox().heldBy(owner)) {
          held.add(new OutboxRelay.Held(next, owner));
        }
        done.put(next.charter().charterId(), next.charter());
      }
      relay.deliverAllSoon(held);
    }
    return done;
  }

  private boolean saved(List<CharterStore.NewCharter> together) {
    try {
      return store.saveAllNew(together);
    } catch (RuntimeException failed) {
      // The one-by-one path meets the same failure, if it lasts, and retries it per event.
      log.warn(
          "event=save_together_failed charters={} retry=one_by_one error={}",
          together.size(),
          Failures.describe(failed));
      return false;
    }
  }

  private StoredCharter next(Optional<StoredCharter> stored, Decision decision, String owner) {
    StoredCharter before =
        stored.orElseGet(() -> new StoredCharter(decision.charter(), 0, Outbox.EMPTY));
    Outbox outbox = before.outbox().plus(decision.events());
    if (!outbox.isEmpty() && outbox.leaseFree(clock.instant())) {
      outbox = outbox.leasedTo(owner, relay.leaseUntil());
    }
    return before.next(decision.charter(), outbox);
  }
}
