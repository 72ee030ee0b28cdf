package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.CallLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Publishes answers that were recorded but not acknowledged by the broker (the process died, or
 * Kafka was down, between the conditional write and the send). Each is sent with the eventId chosen
 * when it was recorded, so dispatch-service drops any duplicate.
 */
@Service
public class AnswerOutbox {

  private static final Logger log = LoggerFactory.getLogger(AnswerOutbox.class);
  private static final int BATCH = 100;

  private final LinkStore store;
  private final LinkEvents events;
  private final Clock clock;

  public AnswerOutbox(LinkStore store, LinkEvents events, Clock clock) {
    this.store = store;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Publishes answers older than {@code minAge} (younger ones are still being published by their
   * request) and returns how many were sent.
   */
  public int publishPending(Duration minAge) {
    Instant before = clock.instant().minus(minAge);
    int sent = 0;
    for (CallLinks call : store.unpublishedAnswers(before, BATCH)) {
      events.answered(AnsweredCall.of(call));
      store.markAnswerPublished(call.callId(), call.answerEventId());
      log.info(
          "event=answer_republished charterId={} callId={} eventId={}",
          call.charterId(),
          call.callId(),
          call.answerEventId());
      sent++;
    }
    return sent;
  }
}
