package io.crewdispatch.notification.events;

import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.platform.kafka.EventChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes auth-links: one handler per event type; idempotent on eventId. */
@Component
@KafkaListener(topics = "auth-links", id = "notification-auth-links")
class AuthLinksListener {

  private static final Logger log = LoggerFactory.getLogger(AuthLinksListener.class);

  @KafkaHandler
  void on(AcceptLinkIssued event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
    log.debug("event=received type=AcceptLinkIssued");
  }
}
