package io.crewdispatch.roster.certificate.kafka;

import io.crewdispatch.events.CertificateExpiring;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.platform.ops.OpsEvents;
import io.crewdispatch.roster.certificate.application.CertificateEvents;
import io.crewdispatch.roster.certificate.application.LapsingCertificate;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * CertificateExpiring on ops-events, keyed by the service's name as every ops event is. The event
 * id is derived from member, certificate and date, so should a warning ever go out twice (released
 * after a lost ack that had in fact arrived) its consumers see the same event again, not a new one.
 */
@Component
class KafkaCertificateEvents implements CertificateEvents {

  private final KafkaTemplate<Object, Object> kafka;
  private final String service;
  private final Clock clock;

  KafkaCertificateEvents(KafkaTemplate<Object, Object> kafka, OpsEvents ops, Clock clock) {
    this.kafka = kafka;
    this.service = ops.service();
    this.clock = clock;
  }

  @Override
  public void publish(LapsingCertificate lapsing) {
    String identity =
        "certificate-expiring/"
            + lapsing.crewId()
            + "/"
            + lapsing.certificate()
            + "/"
            + lapsing.expiresOn();
    CertificateExpiring event =
        CertificateExpiring.newBuilder()
            .setEventId(
                UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString())
            .setOccurredAt(clock.instant())
            .setCrewId(lapsing.crewId())
            .setName(lapsing.name())
            .setRank(Rank.valueOf(lapsing.rank().name()))
            .setCertificate(lapsing.certificate())
            .setExpiresOn(lapsing.expiresOn())
            .build();
    try {
      kafka.send(Topic.OPS_EVENTS.topicName(), service, event).get(15, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing CertificateExpiring", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("ops-events did not acknowledge CertificateExpiring", e);
    }
  }
}
