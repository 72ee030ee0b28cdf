package io.crewdispatch.dispatch.timeline.application;

import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.util.List;
import java.util.Map;

/** The charters' timelines (port). */
public interface Timeline {

  /** Appends entries; an entry already there is left as it is. */
  void append(String charterId, List<TimelineEntry> entries);

  /**
   * Appends the entries of several charters in as few writes as the store takes, each entry
   * unconditionally: an entry is a function of its charter and the event it records, so writing it
   * again writes the same item. Only for entries no decision also writes (those go with their
   * charter, on condition they are new).
   */
  void appendAll(Map<String, List<TimelineEntry>> entriesByCharter);

  /** The charter's entries, oldest first. */
  List<TimelineEntry> of(String charterId);
}
