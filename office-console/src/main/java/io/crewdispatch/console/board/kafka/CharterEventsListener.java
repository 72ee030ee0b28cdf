package io.crewdispatch.console.board.kafka;

import static io.crewdispatch.console.board.domain.Fields.*;

import io.crewdispatch.console.board.application.RecordBoardEvent;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.CharterCompleted;
import io.crewdispatch.events.CharterInvoiced;
import java.time.ZoneId;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** charter-events onto the board. */
@Component
@KafkaListener(
    topics = "charter-events",
    id = "console-charter-events",
    idIsGroup = false,
    properties = {BoardFetch.MIN_BYTES, BoardFetch.MAX_WAIT})
class CharterEventsListener {

  private final RecordBoardEvent board;

  CharterEventsListener(RecordBoardEvent board) {
    this.board = board;
  }

  @KafkaHandler
  void on(CharterBooked e) {
    ZoneId.of(e.getTimeZone()); // an unknown zone is poison, not a page that cannot render
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.BOOKED)
            .with(VESSEL, e.getVessel())
            .with(SAIL_DATE, e.getSailDate())
            .with(DEPARTURE, e.getDepartureTime())
            .with(RETURN, e.getReturnTime())
            .with(ZONE, e.getTimeZone())
            .with(CREW_REQUIRED, e.getCrewRequired())
            .fact());
  }

  @KafkaHandler
  void on(CharterCancelled e) {
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.CANCELLED)
            .with(REASON, e.getReason())
            .fact());
  }

  @KafkaHandler
  void on(CharterCompleted e) {
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.COMPLETED).fact());
  }

  @KafkaHandler
  void on(CharterInvoiced e) {
    board.record(
        Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.INVOICED)
            .with(DETAIL, e.getInvoiceId())
            .fact());
  }
}
