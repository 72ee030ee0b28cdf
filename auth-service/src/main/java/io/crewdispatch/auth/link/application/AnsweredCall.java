package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.Answer;
import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.Role;
import java.time.Instant;

/** An answer to tell dispatch-service about (TokenAccepted or TokenDeclined). */
public record AnsweredCall(
    String eventId,
    Instant occurredAt,
    String callId,
    String charterId,
    String crewId,
    Role role,
    Answer answer) {

  static AnsweredCall of(CallLinks call) {
    return new AnsweredCall(
        call.answerEventId(),
        call.answeredAt(),
        call.callId(),
        call.charterId(),
        call.crewId(),
        call.role(),
        call.answer());
  }
}
