package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.timeline.application.Timeline;
import io.crewdispatch.dispatch.timeline.domain.EntryType;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Puts "link sent" (and any other message, or its failure) in the charter's timeline, so the office
 * sees which address each call went to. Changes no cascade state, so it does not read the charter:
 * one conditional put. The entry keeps the dispatch event the message was about, and the person is
 * named from that call when the timeline is read with its charter. A message always follows one of
 * dispatch's own events, so its charter is known; one that is not (a table wiped, a foreign
 * producer) leaves its entry under that id, where nothing shows it: the charter's page answers 404.
 */
@Service
public class RecordNotifications {

  private final Timeline timeline;

  RecordNotifications(Timeline timeline) {
    this.timeline = timeline;
  }

  public void record(NotificationReport report) {
    if (report.charterId() == null) {
      return; // a statement or another message about no charter
    }
    timeline.append(
        report.charterId(),
        List.of(
            new TimelineEntry(
                report.occurredAt(),
                type(report),
                null,
                detail(report),
                report.eventId(),
                report.sourceEventId())));
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
