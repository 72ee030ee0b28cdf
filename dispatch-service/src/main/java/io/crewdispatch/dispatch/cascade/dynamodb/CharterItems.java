package io.crewdispatch.dispatch.cascade.dynamodb;

import io.crewdispatch.dispatch.cascade.application.Outbox;
import io.crewdispatch.dispatch.cascade.application.StoredCharter;
import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.CharterStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items of table {@code crew-dispatch}. The cascade and the outbox's events are JSON documents; the
 * attributes that are queried sit beside them: {@code status}, {@code charter_month} and {@code
 * sail_date} (GSI charter-date-index), {@code stalled_month} (sparse GSI stalled-index, set only
 * while STALLED), and {@code timer_shard}/{@code timer_due} (sparse GSI timer-due-index), set only
 * while something is due.
 */
final class CharterItems {

  /** Timer index partitions: spreads the index's writes, costs one query each per poll. */
  static final int TIMER_SHARDS = 4;

  /** Set only while the charter is STALLED: the partition key of the sparse stalled-index. */
  static final String STALLED_MONTH = "stalled_month";

  private static final List<String> OUTBOX = List.of("outbox_events", "lease_owner", "lease_until");
  private static final List<String> TIMER = List.of("timer_shard", "timer_due");

  /** An update of the outbox and timer attributes only. */
  record OutboxUpdate(String expression, Map<String, AttributeValue> values) {}

  private final CharterDocuments documents = new CharterDocuments();

  Map<String, AttributeValue> item(StoredCharter stored) {
    Charter charter = stored.charter();
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("charterId", s(charter.charterId()));
    item.put("version", n(stored.version()));
    item.put("status", s(charter.status().name()));
    item.put("charter_month", s(charter.details().month().toString()));
    item.put("sail_date", s(charter.details().sailDate().toString()));
    item.put("cascade", s(documents.write(charter)));
    if (charter.status() == CharterStatus.STALLED) {
      item.put(STALLED_MONTH, s(charter.details().month().toString()));
    }
    item.putAll(outboxAndTimer(stored));
    return item;
  }

  /** Sets the outbox and timer attributes as {@code stored} has them, removes the others. */
  OutboxUpdate outboxUpdate(StoredCharter stored) {
    Map<String, AttributeValue> attributes = outboxAndTimer(stored);
    Map<String, AttributeValue> values = new HashMap<>();
    List<String> set = new ArrayList<>(List.of("#v = :version"));
    values.put(":version", n(stored.version()));
    attributes.forEach(
        (name, value) -> {
          set.add(name + " = :" + name);
          values.put(":" + name, value);
        });
    List<String> remove = new ArrayList<>();
    for (String name : concat(OUTBOX, TIMER)) {
      if (!attributes.containsKey(name)) {
        remove.add(name);
      }
    }
    String expression =
        "SET "
            + String.join(", ", set)
            + (remove.isEmpty() ? "" : " REMOVE " + String.join(", ", remove));
    return new OutboxUpdate(expression, values);
  }

  private Map<String, AttributeValue> outboxAndTimer(StoredCharter stored) {
    Map<String, AttributeValue> attributes = new HashMap<>();
    Outbox outbox = stored.outbox();
    if (!outbox.isEmpty()) {
      attributes.put("outbox_events", s(documents.writeEvents(outbox.events())));
      attributes.put("lease_owner", s(outbox.leaseOwner()));
      attributes.put("lease_until", n(outbox.leaseUntil().toEpochMilli()));
    }
    Optional<Instant> due = stored.dueAt();
    if (due.isPresent()) {
      String charterId = stored.charter().charterId();
      attributes.put("timer_shard", shard(Math.floorMod(charterId.hashCode(), TIMER_SHARDS)));
      attributes.put("timer_due", n(due.get().toEpochMilli()));
    }
    return attributes;
  }

  StoredCharter stored(Map<String, AttributeValue> item) {
    Outbox outbox = Outbox.EMPTY;
    if (item.containsKey("outbox_events")) {
      outbox =
          new Outbox(
              documents.events(item.get("outbox_events").s()),
              item.get("lease_owner").s(),
              Instant.ofEpochMilli(Long.parseLong(item.get("lease_until").n())));
    }
    return new StoredCharter(charter(item), Long.parseLong(item.get("version").n()), outbox);
  }

  Charter charter(Map<String, AttributeValue> item) {
    return documents.charter(item.get("cascade").s());
  }

  static AttributeValue shard(int shard) {
    return s("t" + shard);
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
