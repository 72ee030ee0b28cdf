package io.crewdispatch.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Counts every consumed record by topic, event type and outcome ({@code
 * crewdispatch.events.consumed}), and puts the record's topic, key and eventId in the logging
 * context while a listener handles it ({@link RecordLogging}).
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
    RecordLogging.of(record);
    return record;
  }

  @Override
  public void afterRecord(
      ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
    RecordLogging.clear();
  }
}
