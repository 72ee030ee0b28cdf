package io.crewdispatch.dispatch.events;

import static io.crewdispatch.platform.kafka.EventChecks.requireText;

import io.crewdispatch.dispatch.cascade.application.NotificationReport;
import io.crewdispatch.dispatch.cascade.application.RecordNotifications;
import io.crewdispatch.events.NotificationFailed;
import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.platform.kafka.BatchRecords;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import io.crewdispatch.platform.kafka.OneConsumer;
import io.crewdispatch.platform.kafka.SideConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes notification-events into the charters' timelines, a fetch at a time: every booking's
 * call email passes here, and a timeline entry may land a second late (the console reads
 * notification-events itself), so a fetch ({@link SideConsumer}: 64 KB or 1 s) is one batch write
 * per 25 entries instead of one conditional put per record. Idempotent: an entry is keyed by its
 * event, so a record delivered again writes the same item.
 *
 * <p>A record that can never be recorded (undecodable, invalid) is poison: the reports before it
 * are written, the error handler commits them, dead-letters it and fetches the rest again. A write
 * that fails names the batch's first record: the handler backs off and fetches it all again for as
 * long as the failure lasts.
 */
@Component
class NotificationEventsListener {

  private final RecordNotifications notifications;
  private final MeterRegistry meters;

  NotificationEventsListener(RecordNotifications notifications, MeterRegistry meters) {
    this.notifications = notifications;
    this.meters = meters;
  }

  @KafkaListener(
      topics = "notification-events",
      id = "dispatch-notification-events",
      batch = "true",
      concurrency = OneConsumer.FOR_ALL_PARTITIONS,
      properties = {SideConsumer.FETCH_MIN_BYTES, SideConsumer.FETCH_MAX_WAIT})
  void on(List<ConsumerRecord<String, Object>> records) {
    BatchRecords.consume(
        meters, records, event -> Optional.of(report(event)), notifications::recordAll);
  }

  private static NotificationReport report(Object event) {
    if (event instanceof NotificationSent sent) {
      return new NotificationReport(
          requireText(sent.getEventId(), "eventId"),
          sent.getOccurredAt(),
          requireText(sent.getSourceEventId(), "sourceEventId"),
          sent.getCharterId(),
          sent.getKind(),
          sent.getRecipients(),
          null);
    }
    if (event instanceof NotificationFailed failed) {
      return new NotificationReport(
          requireText(failed.getEventId(), "eventId"),
          failed.getOccurredAt(),
          requireText(failed.getSourceEventId(), "sourceEventId"),
          failed.getCharterId(),
          failed.getKind(),
          failed.getRecipients(),
          failed.getError() == null ? "unknown error" : failed.getError());
    }
    throw new NonRetryableEventException(
        "Invalid event: notification-events carries no " + event.getClass().getSimpleName());
  }
}
