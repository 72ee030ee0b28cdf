package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.util.List;

/**
 * The outcome of applying one event (or one due timer) to a charter: its new state, the events to
 * publish and the timeline entries to write. {@code changed} is false when nothing is to be saved.
 */
public record Decision(
    Charter charter, List<DispatchEvent> events, List<TimelineEntry> timeline, boolean changed) {

  public Decision {
    events = List.copyOf(events);
    timeline = List.copyOf(timeline);
  }

  static Decision unchanged(Charter charter) {
    return new Decision(charter, List.of(), List.of(), false);
  }
}
