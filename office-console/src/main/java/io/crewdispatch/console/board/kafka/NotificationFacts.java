package io.crewdispatch.console.board.kafka;

import static io.crewdispatch.console.board.domain.Fields.*;

import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.events.NotificationFailed;
import io.crewdispatch.events.NotificationSent;
import java.util.Optional;

/**
 * notification-events: what was sent about a charter lands on its timeline. Messages about a month
 * (statements) belong to no charter and are passed over; the statements page has them already.
 */
final class NotificationFacts {

  private NotificationFacts() {}

  static Optional<Fact> of(Object event) {
    if (event instanceof NotificationSent e && e.getCharterId() != null) {
      return Optional.of(
          Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.NOTIFIED)
              .with(KIND, e.getKind())
              .with(CHANNEL, e.getChannel())
              .fact());
    }
    if (event instanceof NotificationFailed e && e.getCharterId() != null) {
      return Optional.of(
          Facts.of(
                  e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.NOTIFICATION_FAILED)
              .with(KIND, e.getKind())
              .with(CHANNEL, e.getChannel())
              .fact());
    }
    return Optional.empty();
  }
}
