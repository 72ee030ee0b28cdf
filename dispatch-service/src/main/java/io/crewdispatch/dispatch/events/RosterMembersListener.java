package io.crewdispatch.dispatch.events;

import static io.crewdispatch.platform.kafka.EventChecks.requireText;

import io.crewdispatch.dispatch.cascade.application.ApplyRosterChange;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.platform.kafka.OneConsumer;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes roster-members: one handler per event type; idempotent on eventId. */
@Component
@KafkaListener(
    topics = "roster-members",
    id = "dispatch-roster-members",
    concurrency = OneConsumer.FOR_ALL_PARTITIONS)
class RosterMembersListener {

  private final ApplyRosterChange roster;

  RosterMembersListener(ApplyRosterChange roster) {
    this.roster = roster;
  }

  @KafkaHandler
  void on(RosterChanged event) {
    requireText(event.getCrewId(), "crewId");
    requireText(event.getEventId(), "eventId");
    roster.apply(EventMapping.rosterUpdate(event));
  }
}
