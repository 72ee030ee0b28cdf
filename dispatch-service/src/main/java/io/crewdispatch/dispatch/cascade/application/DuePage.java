package io.crewdispatch.dispatch.cascade.application;

import java.time.Instant;
import java.util.List;

/**
 * One read of the timer index: the charters due earliest, and how far that read is complete.
 *
 * @param seenUntil every charter due before this instant is in {@code due}; later ones may be
 *     missing (an index shard returned as many as it was asked for)
 */
public record DuePage(List<DueCharter> due, Instant seenUntil) {

  public DuePage {
    due = List.copyOf(due);
  }
}
