package io.crewdispatch.dispatch.roster.application;

import io.crewdispatch.dispatch.config.DispatchProperties;
import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.Rank;
import io.crewdispatch.dispatch.roster.domain.RosterUpdate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The roster as the cascade reads it: the persisted projection, held in memory for a few seconds so
 * a burst of decisions does not scan the table once each. A change this instance stores refreshes
 * it at once; a change another instance stores is seen within the time to live (zero turns the
 * cache off).
 */
@Service
public class RosterView {

  private record Snapshot(Map<String, CrewMember> members, long loadedAtNanos) {}

  private final CrewRoster roster;
  private final long ttlNanos;
  private final AtomicLong generation = new AtomicLong();
  private volatile Snapshot snapshot;

  public RosterView(CrewRoster roster, DispatchProperties properties) {
    this.roster = roster;
    this.ttlNanos = properties.rosterCacheTtl().toNanos();
  }

  /** Stores a change (see {@link CrewRoster#save}) and forgets what was cached before it. */
  public boolean save(RosterUpdate update) {
    forget();
    try {
      return roster.save(update);
    } finally {
      forget();
    }
  }

  /** The member's stored record, read from the table: never from the cache. */
  public Optional<CrewMember> stored(String crewId) {
    return roster.find(crewId);
  }

  /** Members of the rank who are active and marked available on {@code day}. */
  public List<CrewMember> availableOn(Rank rank, LocalDate day) {
    return current().members().values().stream()
        .filter(m -> m.rank() == rank && m.active() && m.availableOn(day))
        .toList();
  }

  public Optional<CrewMember> member(String crewId) {
    return Optional.ofNullable(current().members().get(crewId));
  }

  private void forget() {
    generation.incrementAndGet();
    snapshot = null;
  }

  private Snapshot current() {
    Snapshot cached = snapshot;
    if (cached != null && System.nanoTime() - cached.loadedAtNanos() < ttlNanos) {
      return cached;
    }
    long before = generation.get();
    long loadedAt = System.nanoTime();
    Snapshot loaded =
        new Snapshot(
            roster.all().stream()
                .collect(Collectors.toUnmodifiableMap(CrewMember::crewId, Function.identity())),
            loadedAt);
    if (generation.get() == before && !Duration.ofNanos(ttlNanos).isZero()) {
      snapshot = loaded; // only if no change was stored while loading
    }
    return loaded;
  }
}
