package io.crewdispatch.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * What a batch listener does itself that the platform's record interceptor and container do for a
 * record listener: it is handed undecodable records (a record listener never is), keeps the
 * consumed count, and names the record that failed so the error handler commits the records before
 * it and retries or dead-letters that one ({@link BatchListenerFailedException}).
 */
public final class BatchRecords {

  private static final LogAccessor LOG = new LogAccessor(BatchRecords.class);

  private BatchRecords() {}

  /**
   * The record's event; throws (poison: it fails every time) when the record could not be decoded
   * or has no value.
   */
  public static Object event(ConsumerRecord<String, Object> record) {
    DeserializationException undecodable =
        SerializationUtils.getExceptionFromHeader(
            record, KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
    if (undecodable != null) {
      throw undecodable;
    }
    if (record.value() == null) {
      throw new NonRetryableEventException("Invalid event: the record has no value");
    }
    return record.value();
  }

  /**
   * A batch listener's whole turn: each record's event converted (to nothing, for an event that
   * changes nothing here) until one cannot be (poison: undecodable or invalid), what was converted
   * handed to {@code handle} together, then the poison, if any, named to the error handler, which
   * commits the records before it, dead-letters it and fetches the rest again. A failure of {@code
   * handle} names the first record: the whole batch is fetched again, so {@code handle} must be
   * idempotent.
   */
  public static <T> void consume(
      MeterRegistry meters,
      List<ConsumerRecord<String, Object>> records,
      Function<Object, Optional<T>> convert,
      Consumer<List<T>> handle) {
    List<T> converted = new ArrayList<>();
    int poison = records.size();
    RuntimeException why = null;
    for (int i = 0; i < records.size() && why == null; i++) {
      try (RecordLogging context = RecordLogging.of(records.get(i))) {
        convert.apply(event(records.get(i))).ifPresent(converted::add);
      } catch (RuntimeException bad) {
        poison = i;
        why = bad;
      }
    }
    if (!converted.isEmpty()) {
      try {
        handle.accept(converted);
      } catch (RuntimeException failure) {
        throw failed(meters, records, 0, failure);
      }
    }
    if (why != null) {
      throw failed(meters, records, poison, why);
    }
    consumed(meters, records, records.size());
  }

  /**
   * A batch listener's turn when its records must be handled one by one in order, but some of them
   * may be done together first: each record converted until one cannot be (poison); {@code
   * together} does at once what it can of the converted and answers which it did; the rest are
   * handled one by one in order, a failure naming its own record to the error handler (which
   * commits those before it and retries or dead-letters that one); then the poison, if any, is
   * named. {@code together} must leave undone whatever another record of the batch bears on (a
   * record it did may then be fetched again after a later one fails, so handling must be
   * idempotent).
   */
  public static <T> void consumeInOrder(
      MeterRegistry meters,
      List<ConsumerRecord<String, Object>> records,
      Function<Object, T> convert,
      Function<List<T>, Predicate<T>> together,
      Consumer<T> handle) {
    List<T> converted = new ArrayList<>();
    RuntimeException poison = null;
    for (int i = 0; i < records.size() && poison == null; i++) {
      try (RecordLogging context = RecordLogging.of(records.get(i))) {
        converted.add(convert.apply(event(records.get(i))));
      } catch (RuntimeException bad) {
        poison = bad;
      }
    }
    Predicate<T> done = together.apply(converted);
    for (int i = 0; i < converted.size(); i++) {
      if (done.test(converted.get(i))) {
        continue;
      }
      try (RecordLogging context = RecordLogging.of(records.get(i))) {
        handle.accept(converted.get(i));
      } catch (RuntimeException failure) {
        throw failed(meters, records, i, failure);
      }
    }
    if (poison != null) {
      throw failed(meters, records, converted.size(), poison);
    }
    consumed(meters, records, records.size());
  }

  /** Counts the first {@code done} records as consumed ({@code crewdispatch.events.consumed}). */
  public static void consumed(
      MeterRegistry meters, List<ConsumerRecord<String, Object>> records, int done) {
    records
        .subList(0, done)
        .forEach(record -> ConsumedEvents.count(meters, record, ConsumedEvents.SUCCESS));
  }

  /**
   * Counts the records before {@code index} as consumed and that one as failed, and returns the
   * exception that tells the error handler which record failed and why.
   */
  public static BatchListenerFailedException failed(
      MeterRegistry meters,
      List<ConsumerRecord<String, Object>> records,
      int index,
      RuntimeException cause) {
    consumed(meters, records, index);
    ConsumedEvents.count(meters, records.get(index), ConsumedEvents.FAILURE);
    return new BatchListenerFailedException(
        "Record " + index + " of the batch failed", cause, index);
  }
}
