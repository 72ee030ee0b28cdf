package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.Answers;
import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.Decision;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Flows 2-4: an accept confirms (first accept wins), a decline moves the cascade on. */
@Service
public class AnswerCalls {

  private static final Logger log = LoggerFactory.getLogger(AnswerCalls.class);

  private final CharterTransitions transitions;
  private final Answers answers;
  private final CrewingFactory crewings;
  private final UnknownCharters unknown;
  private final Clock clock;

  AnswerCalls(
      CharterTransitions transitions,
      Answers answers,
      CrewingFactory crewings,
      UnknownCharters unknown,
      Clock clock) {
    this.transitions = transitions;
    this.answers = answers;
    this.crewings = crewings;
    this.unknown = unknown;
    this.clock = clock;
  }

  public void accepted(CallAnswer answer) {
    apply(
        answer,
        "TokenAccepted",
        c ->
            answers.accept(
                c,
                answer.eventId(),
                answer.callId(),
                answer.crewId(),
                crewings.forCharter(c),
                clock.instant()));
  }

  public void declined(CallAnswer answer) {
    apply(
        answer,
        "TokenDeclined",
        c ->
            answers.decline(
                c,
                answer.eventId(),
                answer.callId(),
                answer.crewId(),
                crewings.forCharter(c),
                clock.instant()));
  }

  private void apply(CallAnswer answer, String type, Function<Charter, Decision> decide) {
    Optional<Charter> charter = transitions.apply(answer.charterId(), answer.eventId(), decide);
    if (charter.isEmpty()) {
      unknown.record(answer.charterId(), answer.eventId(), answer.occurredAt(), type);
      return;
    }
    log.info(
        "event=call_answered type={} charterId={} eventId={} callId={} crewId={} status={}",
        type,
        answer.charterId(),
        answer.eventId(),
        answer.callId(),
        answer.crewId(),
        charter.get().status());
  }
}
