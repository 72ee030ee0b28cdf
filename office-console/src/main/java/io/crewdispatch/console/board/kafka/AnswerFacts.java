package io.crewdispatch.console.board.kafka;

import static io.crewdispatch.console.board.domain.Fields.*;

import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.TokenDeclined;
import java.util.Optional;

/** auth-events: a person answered a call (dispatch's own events say what came of it). */
final class AnswerFacts {

  private AnswerFacts() {}

  static Optional<Fact> of(Object event) {
    if (event instanceof TokenAccepted e) {
      return Optional.of(
          Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.ACCEPTED)
              .with(CALL_ID, e.getCallId())
              .with(CREW_ID, e.getCrewId())
              .with(ROLE, e.getRole())
              .fact());
    }
    if (event instanceof TokenDeclined e) {
      return Optional.of(
          Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.DECLINED)
              .with(CALL_ID, e.getCallId())
              .with(CREW_ID, e.getCrewId())
              .with(ROLE, e.getRole())
              .fact());
    }
    return Optional.empty();
  }
}
