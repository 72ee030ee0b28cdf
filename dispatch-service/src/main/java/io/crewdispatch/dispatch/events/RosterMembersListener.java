package io.crewdispatch.dispatch.events;

import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.platform.kafka.EventChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes roster-members: one handler per event type; idempotent on eventId. */
@Component
@KafkaListener(topics = "roster-members", id = "dispatch-roster-members")
class RosterMembersListener {

  private static final Logger log = LoggerFactory.getLogger(RosterMembersListener.class);

  @KafkaHandler
  void on(RosterChanged event) {
    EventChecks.requireText(event.getCrewId(), "crewId");
    log.debug("event=received type=RosterChanged");
  }
}
