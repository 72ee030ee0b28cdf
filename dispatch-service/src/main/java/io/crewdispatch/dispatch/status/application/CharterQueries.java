package io.crewdispatch.dispatch.status.application;

import io.crewdispatch.dispatch.cascade.application.CharterIndexes;
import io.crewdispatch.dispatch.cascade.application.CharterStore;
import io.crewdispatch.dispatch.cascade.application.StoredCharter;
import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.timeline.application.Timeline;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What the office asks about charters: one with its timeline, or a month's. */
@Service
public class CharterQueries {

  /** A charter and every step of its timeline, oldest first. */
  public record CharterReport(Charter charter, List<TimelineEntry> timeline) {}

  private final CharterStore store;
  private final CharterIndexes indexes;
  private final Timeline timeline;

  CharterQueries(CharterStore store, CharterIndexes indexes, Timeline timeline) {
    this.store = store;
    this.indexes = indexes;
    this.timeline = timeline;
  }

  public Optional<CharterReport> charter(String charterId) {
    return store
        .load(charterId)
        .map(StoredCharter::charter)
        .map(
            c ->
                new CharterReport(
                    c, timeline.of(charterId).stream().map(e -> named(c, e)).toList()));
  }

  /**
   * A message's entry names its person through the call it was about (it is written without reading
   * the charter): the charter's calls say who that was.
   */
  private static TimelineEntry named(Charter charter, TimelineEntry entry) {
    if (entry.crewId() != null || entry.causeEventId() == null) {
      return entry;
    }
    return charter.calls().stream()
        .filter(call -> call.eventId().equals(entry.causeEventId()))
        .findFirst()
        .map(call -> entry.about(call.crewId()))
        .orElse(entry);
  }

  /** The month's charters by sail date and departure. */
  public List<Charter> month(YearMonth month) {
    return indexes.inMonth(month).stream()
        .sorted(
            Comparator.comparing((Charter c) -> c.details().sailDate())
                .thenComparing(c -> c.details().departureTime())
                .thenComparing(Charter::charterId))
        .toList();
  }
}
