package io.crewdispatch.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The count of consumed records by topic, event type and outcome ({@code
 * crewdispatch.events.consumed}): kept by the platform's record interceptor for record listeners,
 * and by a batch listener itself, which no record interceptor sees.
 */
public final class ConsumedEvents {

  public static final String SUCCESS = "success";
  public static final String FAILURE = "failure";

  private ConsumedEvents() {}

  public static void count(MeterRegistry meters, ConsumerRecord<?, ?> record, String outcome) {
    String type = record.value() == null ? "none" : record.value().getClass().getSimpleName();
    meters
        .counter(
            "crewdispatch.events.consumed",
            "topic",
            record.topic(),
            "type",
            type,
            "outcome",
            outcome)
        .increment();
  }
}
