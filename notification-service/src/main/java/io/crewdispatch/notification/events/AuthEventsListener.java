package io.crewdispatch.notification.events;

import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.TokenDeclined;
import io.crewdispatch.notification.delivery.domain.Role;
import io.crewdispatch.notification.schedule.application.FollowUps;
import io.crewdispatch.platform.kafka.EventChecks;
import io.crewdispatch.platform.kafka.OneConsumer;
import io.crewdispatch.platform.kafka.SideConsumer;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes auth-events: an answer (accept or decline) ends the call, so its follow-up text is not
 * sent. A decline has no event of its own on dispatch-events; an accept is seen here before
 * dispatch confirms it. Idempotent: answering a call twice changes nothing more. Batched ({@link
 * SideConsumer}): a follow-up falls due half a window (an hour) after its call, so an answer seen
 * up to a second later changes nothing a person waits for.
 */
@Component
@KafkaListener(
    topics = "auth-events",
    id = "notification-auth-events",
    concurrency = OneConsumer.FOR_ALL_PARTITIONS,
    properties = {SideConsumer.FETCH_MIN_BYTES, SideConsumer.FETCH_MAX_WAIT})
class AuthEventsListener {

  private final FollowUps followUps;

  AuthEventsListener(FollowUps followUps) {
    this.followUps = followUps;
  }

  @KafkaHandler
  void on(TokenDeclined event) {
    followUps.answered(
        EventChecks.requireText(event.getCharterId(), "charterId"),
        EventChecks.requireText(event.getCrewId(), "crewId"),
        Role.valueOf(event.getRole().name()),
        EventChecks.requireText(event.getCallId(), "callId"),
        event.getOccurredAt());
  }

  @KafkaHandler
  void on(TokenAccepted event) {
    followUps.answered(
        EventChecks.requireText(event.getCharterId(), "charterId"),
        EventChecks.requireText(event.getCrewId(), "crewId"),
        Role.valueOf(event.getRole().name()),
        EventChecks.requireText(event.getCallId(), "callId"),
        event.getOccurredAt());
  }

  /** Event types this service has no use for (a newer producer's): ignored, as elsewhere. */
  @KafkaHandler(isDefault = true)
  void ignore(Object event) {}
}
