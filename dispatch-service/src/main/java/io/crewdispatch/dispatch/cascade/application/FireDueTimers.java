package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.Cascade;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Flow 3's durable timers: a deadline lives in the charter's item, so any instance, restarted or
 * not, finds it due and fires it. Two instances may both try; the conditional save lets one win,
 * and the other then finds nothing due.
 */
@Service
public class FireDueTimers {

  private static final Instant LAST = Instant.ofEpochMilli(Long.MAX_VALUE);

  private final CharterIndexes indexes;
  private final CharterTransitions transitions;
  private final Cascade cascade;
  private final CrewingFactory crewings;
  private final Clock clock;

  FireDueTimers(
      CharterIndexes indexes,
      CharterTransitions transitions,
      Cascade cascade,
      CrewingFactory crewings,
      Clock clock) {
    this.indexes = indexes;
    this.transitions = transitions;
    this.cascade = cascade;
    this.crewings = crewings;
    this.clock = clock;
  }

  /**
   * The charters that need attention next, however far ahead: the earliest {@code limit} of each
   * index shard. Read ahead, a deadline is fired at its time by whoever read it, even if the
   * instance that wrote it has stopped meanwhile.
   */
  public DuePage earliest(int limit) {
    return indexes.due(LAST, limit);
  }

  /** Times out what is past its deadline, starts calls that waited, resends a stuck outbox. */
  public void attend(String charterId) {
    transitions.apply(
        charterId, null, c -> cascade.fireDue(c, crewings.forCharter(c), clock.instant()));
  }
}
