package io.crewdispatch.console.board.kafka;

import static io.crewdispatch.console.board.domain.Fields.*;

import io.crewdispatch.console.board.application.RecordBoardEvent;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.events.NotificationFailed;
import io.crewdispatch.events.NotificationSent;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * notification-events: what was sent about a charter lands on its timeline. Messages about a month
 * (statements) belong to no charter and are passed over; the statements page has them already.
 */
@Component
@KafkaListener(
    topics = "notification-events",
    id = "console-notification-events",
    idIsGroup = false,
    properties = {BoardFetch.MIN_BYTES, BoardFetch.MAX_WAIT})
class NotificationsListener {

  private final RecordBoardEvent board;

  NotificationsListener(RecordBoardEvent board) {
    this.board = board;
  }

  @KafkaHandler
  void on(NotificationSent e) {
    if (e.getCharterId() != null) {
      board.record(
          Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.NOTIFIED)
              .with(KIND, e.getKind())
              .with(CHANNEL, e.getChannel())
              .fact());
    }
  }

  @KafkaHandler
  void on(NotificationFailed e) {
    if (e.getCharterId() != null) {
      board.record(
          Facts.of(
                  e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.NOTIFICATION_FAILED)
              .with(KIND, e.getKind())
              .with(CHANNEL, e.getChannel())
              .fact());
    }
  }
}
