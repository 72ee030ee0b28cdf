package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.Call;
import io.crewdispatch.dispatch.timeline.application.Timeline;
import io.crewdispatch.dispatch.timeline.domain.EntryType;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Puts "link sent" (and any other message, or its failure) in the charter's timeline, so the office
 * sees which address each call went to. Changes no cascade state.
 */
@Service
public class RecordNotifications {

  private final CharterStore store;
  private final Timeline timeline;
  private final UnknownCharters unknown;

  RecordNotifications(CharterStore store, Timeline timeline, UnknownCharters unknown) {
    this.store = store;
    this.timeline = timeline;
    this.unknown = unknown;
  }

  public void record(NotificationReport report) {
    if (report.charterId() == null) {
      return; // a statement or another message about no charter
    }
    Optional<StoredCharter> stored = store.load(report.charterId());
    if (stored.isEmpty()) {
      String type = report.delivered() ? "NotificationSent" : "NotificationFailed";
      unknown.record(report.charterId(), report.eventId(), report.occurredAt(), type);
      return;
    }
    String crewId =
        stored.get().charter().calls().stream()
            .filter(call -> call.eventId().equals(report.sourceEventId()))
            .map(Call::crewId)
            .findFirst()
            .orElse(null);
    timeline.append(
        report.charterId(),
        List.of(
            new TimelineEntry(
                report.occurredAt(), type(report), crewId, detail(report), report.eventId())));
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
