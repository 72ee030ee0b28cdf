package io.crewdispatch.platform.kafka;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;

/**
 * The logging context of the record being handled: its topic, key (a charterId, crewId or month:
 * never personal data) and eventId, so every log line of that work carries them. Record listeners
 * get it from the platform's interceptor; a batch listener, which no record interceptor sees, opens
 * it around each record (or each charter) it handles.
 */
public final class RecordLogging implements AutoCloseable {

  private static final RecordLogging OPEN = new RecordLogging();

  private RecordLogging() {}

  /** Puts the record's topic, key and eventId in the logging context until closed. */
  public static RecordLogging of(ConsumerRecord<?, ?> record) {
    MDC.put("topic", record.topic());
    if (record.key() != null) {
      MDC.put("key", record.key().toString());
    }
    if (record.value() instanceof SpecificRecord event
        && event.getSchema().getField("eventId") != null) {
      MDC.put("eventId", String.valueOf(event.get(event.getSchema().getField("eventId").pos())));
    }
    return OPEN;
  }

  /** Puts a key alone (the records of one charter, from several topics) until closed. */
  public static RecordLogging ofKey(String key) {
    MDC.put("key", key);
    return OPEN;
  }

  /** Takes the record's context off (a record interceptor's {@code afterRecord}). */
  public static void clear() {
    MDC.remove("topic");
    MDC.remove("key");
    MDC.remove("eventId");
  }

  @Override
  public void close() {
    clear();
  }
}
