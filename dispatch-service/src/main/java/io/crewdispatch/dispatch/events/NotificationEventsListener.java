package io.crewdispatch.dispatch.events;

import static io.crewdispatch.platform.kafka.EventChecks.requireText;

import io.crewdispatch.dispatch.cascade.application.NotificationReport;
import io.crewdispatch.dispatch.cascade.application.RecordNotifications;
import io.crewdispatch.events.NotificationFailed;
import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.platform.kafka.OneConsumer;
import io.crewdispatch.platform.kafka.SideConsumer;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes notification-events into the charters' timelines: one handler per event type; idempotent
 * on eventId. Batched ({@link SideConsumer}): a timeline entry may land a second late (the console
 * reads notification-events itself), and every booking's call email passes here.
 */
@Component
@KafkaListener(
    topics = "notification-events",
    id = "dispatch-notification-events",
    concurrency = OneConsumer.FOR_ALL_PARTITIONS,
    properties = {SideConsumer.FETCH_MIN_BYTES, SideConsumer.FETCH_MAX_WAIT})
class NotificationEventsListener {

  private final RecordNotifications notifications;

  NotificationEventsListener(RecordNotifications notifications) {
    this.notifications = notifications;
  }

  @KafkaHandler
  void on(NotificationSent event) {
    notifications.record(
        new NotificationReport(
            requireText(event.getEventId(), "eventId"),
            event.getOccurredAt(),
            requireText(event.getSourceEventId(), "sourceEventId"),
            event.getCharterId(),
            event.getKind(),
            event.getRecipients(),
            null));
  }

  @KafkaHandler
  void on(NotificationFailed event) {
    String error = event.getError() == null ? "unknown error" : event.getError();
    notifications.record(
        new NotificationReport(
            requireText(event.getEventId(), "eventId"),
            event.getOccurredAt(),
            requireText(event.getSourceEventId(), "sourceEventId"),
            event.getCharterId(),
            event.getKind(),
            event.getRecipients(),
            error));
  }
}
