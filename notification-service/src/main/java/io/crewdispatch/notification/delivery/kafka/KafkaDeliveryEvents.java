package io.crewdispatch.notification.delivery.kafka;

import io.crewdispatch.events.Channel;
import io.crewdispatch.events.NotificationFailed;
import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.notification.delivery.application.DeliveryEvents;
import io.crewdispatch.notification.delivery.application.DeliveryStatus;
import io.crewdispatch.notification.delivery.application.Parcel;
import io.crewdispatch.notification.delivery.domain.Notice;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes NotificationSent and NotificationFailed on notification-events, keyed by charter (or
 * month), and waits for the broker's ack so the consumed event is only committed after it. Event
 * ids are derived from the delivery, so a republication after a crash is a recognisable duplicate.
 */
@Component
class KafkaDeliveryEvents implements DeliveryEvents {

  private static final long ACK_TIMEOUT_SECONDS = 30;

  private final KafkaTemplate<Object, Object> kafka;
  private final Clock clock;

  KafkaDeliveryEvents(KafkaTemplate<Object, Object> kafka, Clock clock) {
    this.kafka = kafka;
    this.clock = clock;
  }

  @Override
  public void sent(Parcel parcel, String messageId, Instant sentAt) {
    await(send(parcel.notice(), notificationSent(parcel, messageId, sentAt)));
  }

  /** All sent at once, then one wait for the acks (under a backlog: one linger, not one each). */
  @Override
  public void sentAll(List<Announcement> sent) {
    await(
        CompletableFuture.allOf(
            sent.stream()
                .map(
                    a ->
                        send(
                            a.parcel().notice(),
                            notificationSent(a.parcel(), a.messageId(), a.sentAt())))
                .toArray(CompletableFuture[]::new)));
  }

  private static NotificationSent notificationSent(
      Parcel parcel, String messageId, Instant sentAt) {
    Notice notice = parcel.notice();
    return NotificationSent.newBuilder()
        .setEventId(derivedId("NotificationSent", parcel.deliveryId()))
        // the send's time, not the publication's: consumers key their entries on both
        .setOccurredAt(sentAt)
        .setSourceEventId(notice.eventId())
        .setCharterId(notice.charterId().orElse(null))
        .setKind(notice.kind().name())
        .setRecipients(parcel.recipients())
        .setChannel(Channel.valueOf(parcel.channel().name()))
        .setMessageId(messageId)
        .setError(null)
        .build();
  }

  @Override
  public void failed(Parcel parcel, DeliveryStatus status, String error) {
    Notice notice = parcel.notice();
    publish(
        notice,
        NotificationFailed.newBuilder()
            .setEventId(derivedId("NotificationFailed-" + status, parcel.deliveryId()))
            .setOccurredAt(clock.instant())
            .setSourceEventId(notice.eventId())
            .setCharterId(notice.charterId().orElse(null))
            .setKind(notice.kind().name())
            .setRecipients(parcel.recipients())
            .setChannel(Channel.valueOf(parcel.channel().name()))
            .setMessageId(null)
            .setError(error)
            .build());
  }

  private void publish(Notice notice, SpecificRecord event) {
    await(send(notice, event));
  }

  private CompletableFuture<?> send(Notice notice, SpecificRecord event) {
    return kafka.send(Topic.NOTIFICATION_EVENTS.topicName(), notice.key(), event);
  }

  private static void await(CompletableFuture<?> acks) {
    try {
      acks.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted publishing to notification-events", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Could not publish to notification-events", e);
    }
  }

  private static String derivedId(String type, String deliveryId) {
    return UUID.nameUUIDFromBytes((type + "|" + deliveryId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
