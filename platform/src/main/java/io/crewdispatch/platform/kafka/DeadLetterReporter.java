package io.crewdispatch.platform.kafka;

import io.crewdispatch.events.EventDeadLettered;
import io.crewdispatch.platform.ops.OpsEvents;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;

/**
 * Puts a record that can never be handled on its dead-letter topic, then tells the office: an
 * EventDeadLettered on {@code ops-events} and one more on {@code crewdispatch.dead.letters{topic}}.
 * The event's id is derived from the service and the record's topic, partition and offset, so a
 * repeat is a duplicate consumers drop: the error handler recovering the same record again after a
 * failed ack, or another of the service's listeners on that topic giving up on it too (each group
 * puts its own copy on the dead-letter topic; the office hears of the record once).
 */
class DeadLetterReporter implements ConsumerAwareRecordRecoverer {

  private static final Logger log = LoggerFactory.getLogger(DeadLetterReporter.class);

  private final ConsumerAwareRecordRecoverer deadLetterTopic;
  private final OpsEvents ops;
  private final MeterRegistry meters;
  private final Clock clock;

  DeadLetterReporter(
      ConsumerAwareRecordRecoverer deadLetterTopic,
      OpsEvents ops,
      MeterRegistry meters,
      Clock clock) {
    this.deadLetterTopic = deadLetterTopic;
    this.ops = ops;
    this.meters = meters;
    this.clock = clock;
  }

  @Override
  public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
    deadLetterTopic.accept(record, consumer, failure(exception));
    EventDeadLettered event = describe(record, exception);
    ops.deadLettered(event);
    meters.counter("crewdispatch.dead.letters", "topic", record.topic()).increment();
    // The reason's type only: its message is for the office (dead-letter topic, digest), not logs.
    log.warn(
        "event=dead_lettered topic={} partition={} offset={} key={} eventType={} eventId={}"
            + " reason={}",
        record.topic(),
        record.partition(),
        record.offset(),
        record.key(),
        event.getEventType(),
        event.getRecordEventId(),
        DeadLetterReason.type(exception));
  }

  /**
   * A batch listener's failure comes wrapped in the exception naming its record ("Record 3 of the
   * batch failed"): the dead letter's headers carry the failure itself, as a record listener's do.
   */
  static Exception failure(Exception exception) {
    for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof BatchListenerFailedException named
          && named.getCause() instanceof Exception e) {
        return e;
      }
    }
    return exception;
  }

  private EventDeadLettered describe(ConsumerRecord<?, ?> record, Exception exception) {
    Instant now = clock.instant();
    String id =
        ops.service() + "/" + record.topic() + "/" + record.partition() + "/" + record.offset();
    String eventType = null;
    String recordEventId = null;
    if (record.value() instanceof SpecificRecord event) {
      eventType = event.getClass().getSimpleName();
      if (event.getSchema().getField("eventId") != null) {
        recordEventId = String.valueOf(event.get(event.getSchema().getField("eventId").pos()));
      }
    }
    return EventDeadLettered.newBuilder()
        .setEventId(UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString())
        .setOccurredAt(now)
        .setService(ops.service())
        .setTopic(record.topic())
        .setPartition(record.partition())
        .setOffset(record.offset())
        .setKey(record.key() == null ? null : record.key().toString())
        .setEventType(eventType)
        .setRecordEventId(recordEventId)
        .setReason(DeadLetterReason.of(exception))
        .setDeadLetteredAt(now)
        .build();
  }
}
