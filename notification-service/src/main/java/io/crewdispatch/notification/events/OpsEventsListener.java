package io.crewdispatch.notification.events;

import io.crewdispatch.events.CertificateExpiring;
import io.crewdispatch.events.EventDeadLettered;
import io.crewdispatch.events.IntegrationStateChanged;
import io.crewdispatch.notification.delivery.domain.DeadLetterDigestNotice.DeadLetterLine;
import io.crewdispatch.notification.digest.application.DeadLetterDigest;
import io.crewdispatch.notification.office.OfficeAlerts;
import io.crewdispatch.platform.kafka.EventChecks;
import io.crewdispatch.platform.kafka.OneConsumer;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes ops-events: every EventDeadLettered becomes a line of the office's next digest
 * (idempotent on its eventId); a lapsing certificate and an integration's change of state each tell
 * the office once (notification-log).
 */
@Component
@KafkaListener(
    topics = "ops-events",
    id = "notification-ops-events",
    concurrency = OneConsumer.FOR_ALL_PARTITIONS)
class OpsEventsListener {

  private final DeadLetterDigest digest;
  private final OfficeAlerts office;

  OpsEventsListener(DeadLetterDigest digest, OfficeAlerts office) {
    this.digest = digest;
    this.office = office;
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

  /** Emailed to the office, or texted to its phones when mail itself is what is down. */
  @KafkaHandler
  void on(IntegrationStateChanged event) {
    office.integrationChanged(NoticeMapper.integration(event));
  }

  @KafkaHandler
  void on(CertificateExpiring event) {
    office.certificateExpiring(NoticeMapper.certificate(event));
  }

  @KafkaHandler(isDefault = true)
  void other(SpecificRecord event) {
    // ops events a newer producer added: not ours to act on
  }
}
