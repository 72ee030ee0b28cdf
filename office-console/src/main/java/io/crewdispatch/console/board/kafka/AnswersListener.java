package io.crewdispatch.console.board.kafka;

import static io.crewdispatch.console.board.domain.Fields.*;

import io.crewdispatch.console.board.application.RecordBoardEvent;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.TokenDeclined;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** auth-events: a person answered a call (dispatch's own events say what came of it). */
@Component
@KafkaListener(
    topics = "auth-events",
    id = "console-auth-events",
    idIsGroup = false,
    properties = {BoardFetch.MIN_BYTES, BoardFetch.MAX_WAIT})
class AnswersListener {

  private final RecordBoardEvent board;

  AnswersListener(RecordBoardEvent board) {
    this.board = board;
  }

  @KafkaHandler
  void on(TokenAccepted e) {
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.ACCEPTED)
            .with(CALL_ID, e.getCallId())
            .with(CREW_ID, e.getCrewId())
            .with(ROLE, e.getRole())
            .fact());
  }

  @KafkaHandler
  void on(TokenDeclined e) {
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.DECLINED)
            .with(CALL_ID, e.getCallId())
            .with(CREW_ID, e.getCrewId())
            .with(ROLE, e.getRole())
            .fact());
  }
}
