package io.crewdispatch.dispatch.events;

import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.CharterCompleted;
import io.crewdispatch.events.CharterInvoiced;
import io.crewdispatch.platform.kafka.EventChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes charter-events: one handler per event type; idempotent on eventId. */
@Component
@KafkaListener(topics = "charter-events", id = "dispatch-charter-events")
class CharterEventsListener {

  private static final Logger log = LoggerFactory.getLogger(CharterEventsListener.class);

  @KafkaHandler
  void on(CharterBooked event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
    log.debug("event=received type=CharterBooked");
  }

  @KafkaHandler
  void on(CharterCancelled event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
    log.debug("event=received type=CharterCancelled");
  }

  @KafkaHandler
  void on(CharterCompleted event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
    log.debug("event=received type=CharterCompleted");
  }

  @KafkaHandler
  void on(CharterInvoiced event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
    log.debug("event=received type=CharterInvoiced");
  }
}
