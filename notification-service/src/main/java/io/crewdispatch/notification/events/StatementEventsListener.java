package io.crewdispatch.notification.events;

import io.crewdispatch.events.StatementReady;
import io.crewdispatch.notification.delivery.application.DeliverNotice;
import io.crewdispatch.platform.kafka.OneConsumer;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes statement-events: a captain's statement goes to that captain, the ops summary to the
 * office. Idempotent on eventId through notification-log.
 */
@Component
@KafkaListener(
    topics = "statement-events",
    id = "notification-statement-events",
    concurrency = OneConsumer.FOR_ALL_PARTITIONS)
class StatementEventsListener {

  private final DeliverNotice deliverNotice;

  StatementEventsListener(DeliverNotice deliverNotice) {
    this.deliverNotice = deliverNotice;
  }

  @KafkaHandler
  void on(StatementReady event) {
    deliverNotice.deliver(NoticeMapper.statement(event));
  }
}
