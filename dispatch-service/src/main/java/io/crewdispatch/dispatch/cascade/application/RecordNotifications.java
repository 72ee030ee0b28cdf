package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.timeline.application.Timeline;
import io.crewdispatch.dispatch.timeline.domain.EntryType;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Puts "link sent" (and any other message, or its failure) in the charter's timeline, so the office
 * sees which address each call went to. Changes no cascade state, so it does not read the charter:
 * a batch of reports is one write per 25 entries (the listener gets them a second at a time). The
 * entry keeps the dispatch event the message was about, and the person is named from that call when
 * the timeline is read with its charter. A message always follows one of dispatch's own events, so
 * its charter is known; one that is not (a table wiped, a foreign producer) leaves its entry under
 * that id, where nothing shows it: the charter's page answers 404.
 */
@Service
public class RecordNotifications {

  private final Timeline timeline;

  RecordNotifications(Timeline timeline) {
    this.timeline = timeline;
  }

  /** Records a batch of reports, their charters' entries written together. */
  public void recordAll(List<NotificationReport> reports) {
    Map<String, List<TimelineEntry>> byCharter = new LinkedHashMap<>();
    for (NotificationReport report : reports) {
      if (report.charterId() == null || report.charterId().isBlank()) {
        continue; // a statement or another message about no charter
      }
      byCharter.computeIfAbsent(report.charterId(), id -> new ArrayList<>()).add(entry(report));
    }
    if (!byCharter.isEmpty()) {
      timeline.appendAll(byCharter);
    }
  }

  private static TimelineEntry entry(NotificationReport report) {
    return new TimelineEntry(
        report.occurredAt(),
        type(report),
        null,
        detail(report),
        report.eventId(),
        report.sourceEventId());
  }

  private static EntryType type(NotificationReport report) {
    if (!report.delivered()) {
      return EntryType.NOTIFICATION_FAILED;
    }
    return "CALL".equals(report.kind()) ? EntryType.LINK_SENT : EntryType.NOTIFIED;
  }

  private static String detail(NotificationReport report) {
    String to = String.join(", ", report.recipients());
    return report.delivered()
        ? report.kind() + " email sent to " + to
        : report.kind() + " email to " + to + " failed: " + report.error();
  }
}
