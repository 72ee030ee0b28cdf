package io.crewdispatch.dispatch.events;

import static io.crewdispatch.platform.kafka.EventChecks.requireText;

import io.crewdispatch.dispatch.cascade.application.AnswerCalls;
import io.crewdispatch.dispatch.cascade.application.CallAnswer;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.TokenDeclined;
import java.time.Instant;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes auth-events: one handler per event type; idempotent on eventId. */
@Component
@KafkaListener(topics = "auth-events", id = "dispatch-auth-events")
class AuthEventsListener {

  private final AnswerCalls answers;

  AuthEventsListener(AnswerCalls answers) {
    this.answers = answers;
  }

  @KafkaHandler
  void on(TokenAccepted event) {
    answers.accepted(
        answer(
            event.getEventId(),
            event.getOccurredAt(),
            event.getCharterId(),
            event.getCallId(),
            event.getCrewId()));
  }

  @KafkaHandler
  void on(TokenDeclined event) {
    answers.declined(
        answer(
            event.getEventId(),
            event.getOccurredAt(),
            event.getCharterId(),
            event.getCallId(),
            event.getCrewId()));
  }

  private static CallAnswer answer(
      String eventId, Instant at, String charterId, String callId, String crewId) {
    return new CallAnswer(
        requireText(eventId, "eventId"),
        at,
        requireText(charterId, "charterId"),
        requireText(callId, "callId"),
        requireText(crewId, "crewId"));
  }
}
