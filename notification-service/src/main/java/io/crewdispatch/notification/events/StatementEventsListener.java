package io.crewdispatch.notification.events;

import io.crewdispatch.events.StatementReady;
import io.crewdispatch.platform.kafka.EventChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes statement-events: one handler per event type; idempotent on eventId. */
@Component
@KafkaListener(topics = "statement-events", id = "notification-statement-events")
class StatementEventsListener {

  private static final Logger log = LoggerFactory.getLogger(StatementEventsListener.class);

  @KafkaHandler
  void on(StatementReady event) {
    EventChecks.requireText(event.getMonth(), "month");
    log.debug("event=received type=StatementReady");
  }
}
