package io.crewdispatch.auth.portal.kafka;

import io.crewdispatch.auth.portal.application.PortalEvents;
import io.crewdispatch.auth.portal.application.PortalLinkAnnouncement;
import io.crewdispatch.auth.portal.domain.DayAnswer;
import io.crewdispatch.events.Availability;
import io.crewdispatch.events.AvailabilitySet;
import io.crewdispatch.events.Callee;
import io.crewdispatch.events.Channel;
import io.crewdispatch.events.PortalLinkIssued;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.topic.Topic;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * PortalLinkIssued on auth-links and AvailabilitySet on portal-events, both keyed by crewId (one
 * member's events stay in order), each acknowledged by the broker before the method returns.
 */
@Component
class KafkaPortalEvents implements PortalEvents {

  private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

  private final KafkaTemplate<Object, Object> kafka;

  KafkaPortalEvents(KafkaTemplate<Object, Object> kafka) {
    this.kafka = kafka;
  }

  @Override
  public void linkIssued(PortalLinkAnnouncement announcement) {
    var member = announcement.recipient();
    Callee recipient =
        Callee.newBuilder()
            .setCrewId(member.crewId())
            .setName(member.name())
            .setEmail(member.email())
            .setPhone(member.phone())
            .setRank(Rank.valueOf(member.rank().name()))
            .setChannel(Channel.valueOf(member.channel()))
            .build();
    send(
        Topic.AUTH_LINKS,
        member.crewId(),
        PortalLinkIssued.newBuilder()
            .setEventId(announcement.eventId())
            .setOccurredAt(announcement.occurredAt())
            .setCrewId(member.crewId())
            .setRecipient(recipient)
            .setPortalUrl(announcement.portalUrl().toString())
            .setExpiresAt(null) // long-lived: it ends by rotation or revocation, not by time
            .setReason(announcement.reason().name())
            .build());
  }

  @Override
  public void availabilitySet(String crewId, Map<LocalDate, DayAnswer> days, Instant setAt) {
    Map<String, Availability> answers = new LinkedHashMap<>();
    days.forEach((day, answer) -> answers.put(day.toString(), Availability.valueOf(answer.name())));
    send(
        Topic.PORTAL_EVENTS,
        crewId,
        AvailabilitySet.newBuilder()
            .setEventId(UUID.randomUUID().toString())
            .setOccurredAt(setAt)
            .setCrewId(crewId)
            .setDays(answers)
            .setSetAt(setAt)
            .build());
  }

  private void send(Topic topic, String key, SpecificRecord event) {
    try {
      kafka.send(topic.topicName(), key, event).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted publishing to " + topic.topicName(), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Could not publish to " + topic.topicName(), e);
    }
  }
}
