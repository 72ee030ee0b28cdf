package io.crewdispatch.notification.events;

import io.crewdispatch.events.EventDeadLettered;
import io.crewdispatch.events.IntegrationStateChanged;
import io.crewdispatch.notification.delivery.domain.DeadLetterDigestNotice.DeadLetterLine;
import io.crewdispatch.notification.digest.application.DeadLetterDigest;
import io.crewdispatch.platform.kafka.EventChecks;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes ops-events: every EventDeadLettered becomes a line of the office's next digest
 * (idempotent on its eventId). Integration states are shown by the office console, not emailed.
 */
@Component
@KafkaListener(topics = "ops-events", id = "notification-ops-events")
class OpsEventsListener {

  private final DeadLetterDigest digest;

  OpsEventsListener(DeadLetterDigest digest) {
    this.digest = digest;
  }

  @KafkaHandler
  void on(EventDeadLettered event) {
    digest.add(
        new DeadLetterLine(
            EventChecks.requireText(event.getEventId(), "eventId"),
            EventChecks.requireText(event.getService(), "service"),
            EventChecks.requireText(event.getTopic(), "topic"),
            event.getPartition(),
            event.getOffset(),
            event.getKey(),
            event.getEventType(),
            event.getReason()));
  }

  @KafkaHandler
  void on(IntegrationStateChanged event) {
    // the console shows it; an email would not reach the office when mail is what is down
  }

  @KafkaHandler(isDefault = true)
  void other(SpecificRecord event) {
    // other ops events (certificates) are someone else's
  }
}
