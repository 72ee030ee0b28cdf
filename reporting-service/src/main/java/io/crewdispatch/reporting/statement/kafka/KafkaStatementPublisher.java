package io.crewdispatch.reporting.statement.kafka;

import io.crewdispatch.events.StatementKind;
import io.crewdispatch.events.StatementReady;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.reporting.statement.application.StatementNotice;
import io.crewdispatch.reporting.statement.application.StatementPublisher;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes StatementReady on statement-events, keyed by month, and waits for the broker. */
@Component
class KafkaStatementPublisher implements StatementPublisher {

  private static final Logger log = LoggerFactory.getLogger(KafkaStatementPublisher.class);
  private static final long SEND_TIMEOUT_SECONDS = 30;

  private final KafkaTemplate<Object, Object> kafka;
  private final Clock clock;

  KafkaStatementPublisher(KafkaTemplate<Object, Object> kafka, Clock clock) {
    this.kafka = kafka;
    this.clock = clock;
  }

  @Override
  public void publish(StatementNotice notice) {
    StatementReady event =
        StatementReady.newBuilder()
            .setEventId(UUID.randomUUID().toString())
            .setOccurredAt(clock.instant())
            .setMonth(notice.month().toString())
            .setKind(StatementKind.valueOf(notice.kind().name()))
            .setCaptainId(notice.captainId())
            .setRecipients(notice.recipients())
            .setFileName(notice.fileName())
            .setDriveFileId(notice.driveFileId())
            .setWebViewLink(notice.webViewLink())
            .setContent(notice.content() == null ? null : ByteBuffer.wrap(notice.content()))
            .setCorrected(notice.corrected())
            .setChanges(notice.changes())
            .setPayrollFileName(notice.payrollFileName())
            .setPayrollCsv(
                notice.payrollCsv() == null ? null : ByteBuffer.wrap(notice.payrollCsv()))
            .build();
    try {
      kafka
          .send(Topic.STATEMENT_EVENTS.topicName(), event.getMonth(), event)
          .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted publishing StatementReady", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "Could not publish StatementReady for " + event.getMonth(), e);
    }
    log.info(
        "event=statement_ready_published month={} eventId={} kind={} crewId={} inline={}"
            + " corrected={}",
        event.getMonth(),
        event.getEventId(),
        event.getKind(),
        event.getCaptainId(),
        notice.content() != null,
        notice.corrected());
  }
}
