package io.crewdispatch.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Counts every consumed record by topic, event type and outcome ({@code
 * crewdispatch.events.consumed}), and puts the record's topic, key (a charterId, crewId or month:
 * never personal data) and eventId in the logging context while a listener handles it, so every log
 * line of that work carries them.
 */
class EventLoggingContext implements RecordInterceptor<Object, Object> {

  private final MeterRegistry meters;

  EventLoggingContext(MeterRegistry meters) {
    this.meters = meters;
  }

  @Override
  public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
    ConsumedEvents.count(meters, record, ConsumedEvents.SUCCESS);
  }

  @Override
  public void failure(
      ConsumerRecord<Object, Object> record,
      Exception exception,
      Consumer<Object, Object> consumer) {
    ConsumedEvents.count(meters, record, ConsumedEvents.FAILURE);
  }

  @Override
  public ConsumerRecord<Object, Object> intercept(
      ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
    MDC.put("topic", record.topic());
    if (record.key() != null) {
      MDC.put("key", record.key().toString());
    }
    if (record.value() instanceof SpecificRecord event
        && event.getSchema().getField("eventId") != null) {
      Object eventId = event.get(event.getSchema().getField("eventId").pos());
      MDC.put("eventId", String.valueOf(eventId));
    }
    return record;
  }

  @Override
  public void afterRecord(
      ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
    MDC.remove("topic");
    MDC.remove("key");
    MDC.remove("eventId");
  }
}
