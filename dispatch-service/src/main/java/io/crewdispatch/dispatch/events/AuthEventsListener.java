package io.crewdispatch.dispatch.events;

import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.TokenDeclined;
import io.crewdispatch.platform.kafka.EventChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes auth-events: one handler per event type; idempotent on eventId. */
@Component
@KafkaListener(topics = "auth-events", id = "dispatch-auth-events")
class AuthEventsListener {

  private static final Logger log = LoggerFactory.getLogger(AuthEventsListener.class);

  @KafkaHandler
  void on(TokenAccepted event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
    log.debug("event=received type=TokenAccepted");
  }

  @KafkaHandler
  void on(TokenDeclined event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
    log.debug("event=received type=TokenDeclined");
  }
}
