package io.crewdispatch.console.board.kafka;

import static io.crewdispatch.console.board.domain.Fields.*;

import io.crewdispatch.console.board.application.RecordBoardEvent;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.console.board.domain.Fields;
import io.crewdispatch.console.board.domain.Seat;
import io.crewdispatch.events.CallExtended;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadePaused;
import io.crewdispatch.events.CascadeResumed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.SeatReleased;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** dispatch-events onto the board: calls, answers the cascade drew from them, office actions. */
@Component
@KafkaListener(
    topics = "dispatch-events",
    id = "console-dispatch-events",
    idIsGroup = false,
    properties = {BoardFetch.MIN_BYTES, BoardFetch.MAX_WAIT})
class DispatchEventsListener {

  private final RecordBoardEvent board;

  DispatchEventsListener(RecordBoardEvent board) {
    this.board = board;
  }

  @KafkaHandler
  void on(CaptainCalled e) {
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.CAPTAIN_CALLED)
            .charter(e.getCharter())
            .person(e.getCallee())
            .with(CALL_ID, e.getCallId())
            .with(CHANNEL, e.getCallee().getChannel())
            .at(RESPOND_BY, e.getRespondBy())
            .fact());
  }

  @KafkaHandler
  void on(CrewCalled e) {
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.CREW_CALLED)
            .charter(e.getCharter())
            .person(e.getCallee())
            .with(CALL_ID, e.getCallId())
            .with(CHANNEL, e.getCallee().getChannel())
            .at(RESPOND_BY, e.getRespondBy())
            .fact());
  }

  @KafkaHandler
  void on(CallWithdrawn e) {
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.CALL_WITHDRAWN)
            .charter(e.getCharter())
            .person(e.getCallee())
            .with(CALL_ID, e.getCallId())
            .with(REASON, e.getReason())
            .fact());
  }

  @KafkaHandler
  void on(CaptainConfirmed e) {
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.CAPTAIN_CONFIRMED)
            .charter(e.getCharter())
            .person(e.getCaptain())
            .with(CALL_ID, e.getCallId())
            .fact());
  }

  @KafkaHandler
  void on(CrewConfirmed e) {
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.CREW_CONFIRMED)
            .charter(e.getCharter())
            .person(e.getCrew())
            .with(CALL_ID, e.getCallId())
            .with(BY_OFFICE, e.getByOffice())
            .fact());
  }

  @KafkaHandler
  void on(SeatReleased e) {
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.SEAT_RELEASED)
            .charter(e.getCharter())
            .person(e.getPerson())
            .with(ROLE, e.getRole())
            .with(REASON, e.getReason())
            .with(BY_OFFICE, e.getByOffice())
            .fact());
  }

  @KafkaHandler
  void on(CharterStaffed e) {
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.STAFFED)
            .charter(e.getCharter())
            .person(e.getCaptain())
            .with(
                CREW,
                Fields.people(
                    e.getCrew().stream().map(c -> new Seat(c.getCrewId(), c.getName())).toList()))
            .fact());
  }

  @KafkaHandler
  void on(CascadeStalled e) {
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.STALLED)
            .charter(e.getCharter())
            .with(REASON, e.getReason())
            .with(DETAIL, e.getAttempts().size())
            .fact());
  }

  @KafkaHandler
  void on(CallExtended e) {
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.CALL_EXTENDED)
            .person(e.getCallee())
            .with(CALL_ID, e.getCallId())
            .at(RESPOND_BY, e.getRespondBy())
            .with(BY_OFFICE, e.getByOffice())
            .fact());
  }

  @KafkaHandler
  void on(CascadePaused e) {
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.PAUSED)
            .with(BY_OFFICE, e.getByOffice())
            .with(REASON, e.getReason())
            .fact());
  }

  @KafkaHandler
  void on(CascadeResumed e) {
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.RESUMED)
            .with(BY_OFFICE, e.getByOffice())
            .with(REASON, e.getReason())
            .fact());
  }

  /**
   * Event types this service has no use for (including a newer producer's): ignored. Without this
   * spring-kafka finds no handler, and an error that is not poison is retried for as long as it
   * lasts, so one such event would stop its partition.
   */
  @KafkaHandler(isDefault = true)
  void ignore(Object event) {}
}
