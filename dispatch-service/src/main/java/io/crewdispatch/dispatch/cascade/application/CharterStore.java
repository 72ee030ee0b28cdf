package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.HoldWrite;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.util.List;
import java.util.Optional;

/** The charters and their cascades, by id (port). Every save is conditional on the version. */
public interface CharterStore {

  /** A strongly consistent read. */
  Optional<StoredCharter> load(String charterId);

  /**
   * The charter as this instance last read or wrote it, without a call; empty when it has not seen
   * it lately. It may be stale, since another instance may have written since: rely on it only
   * through a save, which is conditioned on its version.
   */
  default Optional<StoredCharter> lastSeen(String charterId) {
    return Optional.empty();
  }

  /**
   * Saves {@code charter} if the stored version is still the one before it (for version 1: if no
   * charter with that id exists), and appends the decision's timeline entries in the same
   * transaction, so the timeline never lags the charter. Each hold write is part of the same
   * transaction, on condition the hold is still at the version the decision read: two charters
   * confirming one person at once never both succeed.
   *
   * @throws ConcurrentChangeException when another writer got there first (the charter or a hold)
   */
  void save(StoredCharter charter, List<TimelineEntry> timeline, List<HoldWrite> holds);

  /**
   * Saves new charters (each at version 1, with no hold writes) and their timeline entries in one
   * transaction: all of them, or none when any already exists or another writer is writing one. At
   * most {@link #TOGETHER} items: one per charter and one per entry.
   *
   * @return false when nothing was saved because a charter exists or was being written
   */
  boolean saveAllNew(List<NewCharter> charters);

  /** Items one {@link #saveAllNew} may write (DynamoDB's limit for a transaction). */
  int TOGETHER = 100;

  /** A new charter and the timeline entries its first decision writes. */
  record NewCharter(StoredCharter charter, List<TimelineEntry> timeline) {

    public NewCharter {
      if (charter.version() != 1) {
        throw new IllegalArgumentException("not a new charter: version " + charter.version());
      }
      timeline = List.copyOf(timeline);
    }

    int items() {
      return 1 + timeline.size();
    }
  }

  /**
   * Saves only the outbox of {@code charter} (its events, lease and the timer that watches them) if
   * the stored version is still the one before it: sending never changes the cascade, so the relay
   * writes less.
   *
   * @throws ConcurrentChangeException when another writer got there first
   */
  void saveOutbox(StoredCharter charter);

  /**
   * {@link #saveOutbox} for several charters in one transaction (at most {@link #TOGETHER}): all of
   * them, or none when any changed since.
   *
   * @return false when nothing was saved because a charter changed or was being written
   */
  boolean saveOutboxes(List<StoredCharter> charters);
}
