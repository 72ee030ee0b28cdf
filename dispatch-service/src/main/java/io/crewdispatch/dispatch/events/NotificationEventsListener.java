package io.crewdispatch.dispatch.events;

import io.crewdispatch.events.NotificationFailed;
import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.platform.kafka.EventChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes notification-events: one handler per event type; idempotent on eventId. */
@Component
@KafkaListener(topics = "notification-events", id = "dispatch-notification-events")
class NotificationEventsListener {

  private static final Logger log = LoggerFactory.getLogger(NotificationEventsListener.class);

  @KafkaHandler
  void on(NotificationSent event) {
    EventChecks.requireText(event.getSourceEventId(), "sourceEventId");
    log.debug("event=received type=NotificationSent");
  }

  @KafkaHandler
  void on(NotificationFailed event) {
    EventChecks.requireText(event.getSourceEventId(), "sourceEventId");
    log.debug("event=received type=NotificationFailed");
  }
}
