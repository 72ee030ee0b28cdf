package io.crewdispatch.dispatch.timeline.application;

import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.util.List;

/** The charters' timelines (port). */
public interface Timeline {

  /** Appends entries; an entry already there is left as it is. */
  void append(String charterId, List<TimelineEntry> entries);

  /** The charter's entries, oldest first. */
  List<TimelineEntry> of(String charterId);
}
