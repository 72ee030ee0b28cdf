package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.util.List;

/**
 * The outcome of applying one event (or one due timer) to a charter: its new state, the events to
 * publish, the timeline entries to write and the holds that change with it (all saved in one
 * transaction). {@code changed} is false when nothing is to be saved.
 */
public record Decision(
    Charter charter,
    List<DispatchEvent> events,
    List<TimelineEntry> timeline,
    List<HoldWrite> holds,
    boolean changed) {

  public Decision {
    events = List.copyOf(events);
    timeline = List.copyOf(timeline);
    holds = List.copyOf(holds);
  }

  static Decision unchanged(Charter charter) {
    return new Decision(charter, List.of(), List.of(), List.of(), false);
  }
}
