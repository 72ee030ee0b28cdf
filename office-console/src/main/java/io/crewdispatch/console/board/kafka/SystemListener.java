package io.crewdispatch.console.board.kafka;

import static io.crewdispatch.console.board.domain.Fields.*;
import static io.crewdispatch.platform.kafka.EventChecks.requireText;

import io.crewdispatch.console.board.application.CharterTooLarge;
import io.crewdispatch.console.board.application.RecordBoardEvent;
import io.crewdispatch.console.board.domain.CertificateAlert;
import io.crewdispatch.console.board.domain.DeadLetter;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.console.board.domain.IntegrationStatus;
import io.crewdispatch.console.board.domain.OpenCall;
import io.crewdispatch.console.board.domain.Statement;
import io.crewdispatch.events.CertificateExpiring;
import io.crewdispatch.events.EventDeadLettered;
import io.crewdispatch.events.IntegrationStateChanged;
import io.crewdispatch.events.StatementReady;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import java.util.Set;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * ops-events and statement-events: the system's own news and the statements that are ready. A dead
 * letter keyed by a charter also lands on that charter's timeline.
 */
@Component
@KafkaListener(
    topics = {"ops-events", "statement-events"},
    id = "console-system",
    idIsGroup = false)
class SystemListener {

  private static final Set<String> CHARTER_KEYED =
      Set.of(
          Topic.CHARTER_EVENTS.topicName(),
          Topic.DISPATCH_EVENTS.topicName(),
          Topic.AUTH_EVENTS.topicName());

  private final RecordBoardEvent board;

  SystemListener(RecordBoardEvent board) {
    this.board = board;
  }

  @KafkaHandler
  void on(EventDeadLettered e) {
    board.record(
        new DeadLetter(
            requireText(e.getEventId(), "eventId"),
            e.getService(),
            e.getTopic(),
            e.getKey(),
            e.getEventType(),
            e.getReason(),
            e.getDeadLetteredAt()));
    if (e.getKey() != null && CHARTER_KEYED.contains(e.getTopic())) {
      try {
        board.record(
            Facts.of(e.getKey(), e.getEventId(), e.getOccurredAt(), FactType.DEAD_LETTERED)
                .with(KIND, e.getEventType())
                .with(DETAIL, e.getService())
                .fact());
      } catch (CharterTooLarge full) {
        // The dead letter is on the system page; its timeline copy is poison like any fact that
        // does not fit (retried, it would stop ops-events), and its own report ends there.
        throw new NonRetryableEventException(full.getMessage(), full);
      }
    }
  }

  @KafkaHandler
  void on(IntegrationStateChanged e) {
    board.record(
        new IntegrationStatus(
            requireText(e.getService(), "service"),
            e.getIntegration().name(),
            e.getState().name(),
            e.getDetail(),
            e.getSince(),
            e.getWhatToDo(),
            e.getOccurredAt()));
  }

  @KafkaHandler
  void on(CertificateExpiring e) {
    board.record(
        new CertificateAlert(
            requireText(e.getEventId(), "eventId"),
            requireText(e.getCrewId(), "crewId"),
            e.getName(),
            OpenCall.Role.valueOf(e.getRank().name()),
            requireText(e.getCertificate(), "certificate"),
            e.getExpiresOn(),
            e.getOccurredAt()));
  }

  @KafkaHandler
  void on(StatementReady e) {
    board.record(
        new Statement(
            requireText(e.getMonth(), "month"),
            e.getKind().name(),
            e.getCaptainId(),
            e.getFileName(),
            e.getWebViewLink(),
            e.getCorrected(),
            e.getOccurredAt()));
  }
}
