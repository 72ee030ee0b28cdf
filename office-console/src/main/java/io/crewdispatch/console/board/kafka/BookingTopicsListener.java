package io.crewdispatch.console.board.kafka;

import io.crewdispatch.console.board.application.CharterTooLarge;
import io.crewdispatch.console.board.application.RecordBoardEvent;
import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.platform.kafka.BatchRecords;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import io.crewdispatch.platform.kafka.RecordLogging;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * The four topics every booking passes through, in one batch listener: a booking's events come on
 * all four within tens of milliseconds, so one fetch ({@link BoardFetch}: 64 KB or 250 ms) often
 * holds several events of a charter, and they are recorded together: one conditional put and one
 * page wake-up per charter per fetch, where a record listener per topic paid one of each per event
 * (and four consumers woke instead of one). The charters the fetch begins with that need no read go
 * in one write for all of them ({@link RecordBoardEvent#recordTogether}); the rest, and all of them
 * when that write is refused or fails, one by one as below. It stays in the console's one consumer
 * group ({@code spring.kafka.consumer.group-id}; {@code idIsGroup = false} like every console
 * listener), whose committed offsets are per partition: it starts where the four per-topic
 * listeners stopped.
 *
 * <p>Failures keep the platform's policy; the error handler is told which record failed ({@link
 * BatchListenerFailedException}), commits the records before it and seeks back to it. A record that
 * can never be recorded (undecodable, invalid) is poison: the records before it are recorded, it
 * goes to its topic's {@code -dlt} and is reported, and those after it come again with the next
 * poll. So is a fact its charter's item has no room for ({@link CharterTooLarge}, checked before
 * the put): the charter's facts before it are stored, and so is every other charter with a record
 * before it; it goes to the {@code -dlt} with the charter and the size, and the charters after it
 * on the partition are recorded. A write that fails (DynamoDB throttled or down) names the first
 * record of the charter not stored: the handler backs off and seeks back to it for as long as the
 * failure lasts; records of charters already stored come again and change nothing.
 *
 * <p>No record interceptor sees a batch listener, so it puts each record's topic, key and eventId
 * in the logging context itself while making its fact, and the charter's id while recording it.
 */
@Component
class BookingTopicsListener {

  static final String ID = "console-booking-topics";

  private static final Map<String, Function<Object, Optional<Fact>>> FACTS =
      Map.of(
          Topic.CHARTER_EVENTS.topicName(), CharterEventFacts::of,
          Topic.DISPATCH_EVENTS.topicName(), DispatchEventFacts::of,
          Topic.AUTH_EVENTS.topicName(), AnswerFacts::of,
          Topic.NOTIFICATION_EVENTS.topicName(), NotificationFacts::of);

  private final RecordBoardEvent board;
  private final MeterRegistry meters;

  BookingTopicsListener(RecordBoardEvent board, MeterRegistry meters) {
    this.board = board;
    this.meters = meters;
  }

  @KafkaListener(
      id = ID,
      idIsGroup = false,
      batch = "true",
      topics = {"charter-events", "dispatch-events", "auth-events", "notification-events"},
      properties = {BoardFetch.MIN_BYTES, BoardFetch.MAX_WAIT})
  void on(List<ConsumerRecord<String, Object>> records) {
    Map<String, Charter> charters = new LinkedHashMap<>(); // in the order of their first record
    int poison = records.size(); // the first record that can never be recorded
    RuntimeException why = null;
    for (int i = 0; i < poison; i++) {
      try (RecordLogging context = RecordLogging.of(records.get(i))) {
        int index = i;
        fact(records.get(i))
            .ifPresent(
                f -> charters.computeIfAbsent(f.charterId(), id -> new Charter()).add(f, index));
      } catch (RuntimeException bad) {
        poison = i;
        why = bad;
      }
    }
    Set<String> together = board.recordTogether(before(charters, poison));
    for (Map.Entry<String, Charter> charter : charters.entrySet()) {
      Charter batch = charter.getValue();
      if (batch.first() >= poison) {
        break; // comes again after the poison record, with the records after it
      }
      if (together.contains(charter.getKey())) {
        continue;
      }
      try (RecordLogging context = RecordLogging.ofKey(charter.getKey())) {
        board.record(charter.getKey(), batch.facts);
      } catch (CharterTooLarge full) {
        // Its facts before the refused one are stored; so must be every record before that one.
        int refused = batch.recordOf(full.refused());
        if (refused < poison) {
          poison = refused;
          why = new NonRetryableEventException(full.getMessage(), full);
        }
      } catch (RuntimeException failure) {
        // Every record before the charter's first belongs to a charter stored above.
        throw BatchRecords.failed(meters, records, batch.first(), failure);
      }
    }
    if (poison < records.size()) {
      throw BatchRecords.failed(meters, records, poison, why);
    }
    BatchRecords.consumed(meters, records, records.size());
  }

  /** The facts of the charters whose first record comes before {@code poison}, in that order. */
  private static Map<String, List<Fact>> before(Map<String, Charter> charters, int poison) {
    Map<String, List<Fact>> facts = new LinkedHashMap<>();
    charters.forEach(
        (charterId, batch) -> {
          if (batch.first() < poison) {
            facts.put(charterId, batch.facts);
          }
        });
    return facts;
  }

  /**
   * The record's fact; empty when the board has no use for it. Making one touches no
   * infrastructure, so whatever fails here fails every time: poison.
   */
  private static Optional<Fact> fact(ConsumerRecord<String, Object> record) {
    Object event = BatchRecords.event(record);
    try {
      return FACTS.getOrDefault(record.topic(), e -> Optional.empty()).apply(event);
    } catch (NonRetryableEventException invalid) {
      throw invalid;
    } catch (RuntimeException invalid) {
      throw new NonRetryableEventException("Invalid event: " + invalid.getMessage(), invalid);
    }
  }

  /** A charter's facts in the batch, and the index of each one's record. */
  private static final class Charter {

    final List<Fact> facts = new ArrayList<>();
    final List<Integer> records = new ArrayList<>();

    void add(Fact fact, int record) {
      facts.add(fact);
      records.add(record);
    }

    int first() {
      return records.get(0);
    }

    int recordOf(Fact fact) {
      return records.get(facts.indexOf(fact));
    }
  }
}
