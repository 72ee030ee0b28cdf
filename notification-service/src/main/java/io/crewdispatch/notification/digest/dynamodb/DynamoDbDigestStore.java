package io.crewdispatch.notification.digest.dynamodb;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.domain.DeadLetterDigestNotice.DeadLetterLine;
import io.crewdispatch.notification.digest.application.DigestStore;
import io.crewdispatch.platform.dynamodb.TableNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The pending digest as one item of notification-log ({@code eventId = ops#dead-letter-digest}, no
 * TTL): {@code pending} maps each line's id to the line, {@code sequence} numbers the next digest,
 * {@code frozenIds} lists the ids frozen for it, {@code lastSentAt} (epoch millis) says when the
 * previous one went. Freezing and recording are conditional on the sequence, so of two instances
 * only one freezes a batch, and a frozen batch is sent with exactly its lines even after a restart.
 *
 * <p>Each line added also leaves a marker item ({@code ops#dead-letter-digest#seen#<line id>},
 * forgotten after the log's retention), written in one transaction with the line: an
 * EventDeadLettered repeated after its digest went out (another of the service's listeners on that
 * topic gave up on the record later, or the same one again after a failed commit) finds its marker
 * and is not reported a second time.
 */
@Component
class DynamoDbDigestStore implements DigestStore {

  static final String ITEM = "ops#dead-letter-digest";

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final String item;
  private final Clock clock;
  private final Duration retention;

  @Autowired
  DynamoDbDigestStore(
      DynamoDbClient dynamoDb, TableNames names, Clock clock, NotificationProperties properties) {
    this(dynamoDb, names, ITEM, clock, properties.logRetention());
  }

  /** A store on another item: tests run two "instances" beside the running service's own. */
  DynamoDbDigestStore(
      DynamoDbClient dynamoDb, TableNames names, String item, Clock clock, Duration retention) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical("notification-log");
    this.item = item;
    this.clock = clock;
    this.retention = retention;
  }

  @Override
  public void add(DeadLetterLine line) {
    // An update may not set a map and one of its entries at once: the map first, on its own.
    dynamoDb.updateItem(
        r ->
            r.tableName(table)
                .key(key())
                .updateExpression(
                    "SET pending = if_not_exists(pending, :empty),"
                        + " #seq = if_not_exists(#seq, :zero)")
                .expressionAttributeNames(Map.of("#seq", "sequence"))
                .expressionAttributeValues(
                    Map.of(":empty", AttributeValue.fromM(Map.of()), ":zero", n(0))));
    Put seen =
        Put.builder()
            .tableName(table)
            .item(
                Map.of(
                    "eventId", s(item + "#seen#" + line.id()),
                    "expiresAt", n(clock.instant().plus(retention).getEpochSecond())))
            .conditionExpression("attribute_not_exists(eventId)")
            .build();
    Update pending =
        Update.builder()
            .tableName(table)
            .key(key())
            .updateExpression("SET pending.#id = :line")
            .expressionAttributeNames(Map.of("#id", line.id()))
            .expressionAttributeValues(Map.of(":line", AttributeValue.fromM(toItem(line))))
            .build();
    try {
      dynamoDb.transactWriteItems(
          r ->
              r.transactItems(
                  TransactWriteItem.builder().put(seen).build(),
                  TransactWriteItem.builder().update(pending).build()));
    } catch (TransactionCanceledException cancelled) {
      if (!seenBefore(cancelled)) {
        // Another write on the digest item at this very moment: the listener retries the event.
        throw new IllegalStateException("Digest line not added: " + codes(cancelled), cancelled);
      }
    }
  }

  /** Only the marker's condition failed: this line was added before (and maybe sent already). */
  private static boolean seenBefore(TransactionCanceledException cancelled) {
    return codes(cancelled).equals(List.of("ConditionalCheckFailed", "None"));
  }

  private static List<String> codes(TransactionCanceledException cancelled) {
    return cancelled.hasCancellationReasons()
        ? cancelled.cancellationReasons().stream().map(CancellationReason::code).toList()
        : List.of();
  }

  @Override
  public Optional<Batch> due(Instant now, Duration gap) {
    Map<String, AttributeValue> item =
        dynamoDb.getItem(r -> r.tableName(table).key(key()).consistentRead(true)).item();
    if (item == null || !item.containsKey("pending")) {
      return Optional.empty();
    }
    long sequence = Long.parseLong(item.get("sequence").n());
    Map<String, AttributeValue> pending = item.get("pending").m();
    if (item.containsKey("frozenIds")) {
      return Optional.of(new Batch(sequence, lines(pending, item.get("frozenIds").ss())));
    }
    AttributeValue lastSentAt = item.get("lastSentAt");
    if (pending.isEmpty()
        || (lastSentAt != null
            && Instant.ofEpochMilli(Long.parseLong(lastSentAt.n())).plus(gap).isAfter(now))) {
      return Optional.empty();
    }
    List<String> ids = new ArrayList<>(pending.keySet());
    try {
      dynamoDb.updateItem(
          r ->
              r.tableName(table)
                  .key(key())
                  .updateExpression("SET frozenIds = :ids")
                  .conditionExpression("attribute_not_exists(frozenIds) AND #seq = :seq")
                  .expressionAttributeNames(Map.of("#seq", "sequence"))
                  .expressionAttributeValues(
                      Map.of(":ids", AttributeValue.fromSs(ids), ":seq", n(sequence))));
    } catch (ConditionalCheckFailedException anotherInstance) {
      return Optional.empty();
    }
    return Optional.of(new Batch(sequence, lines(pending, ids)));
  }

  @Override
  public void sent(Batch batch, Instant now) {
    Map<String, String> names = new HashMap<>();
    names.put("#seq", "sequence");
    List<String> removals = new ArrayList<>();
    for (int i = 0; i < batch.lines().size(); i++) {
      names.put("#l" + i, batch.lines().get(i).id());
      removals.add("pending.#l" + i);
    }
    removals.add("frozenIds");
    try {
      dynamoDb.updateItem(
          r ->
              r.tableName(table)
                  .key(key())
                  .updateExpression(
                      "SET #seq = :next, lastSentAt = :now REMOVE " + String.join(", ", removals))
                  .conditionExpression("#seq = :seq")
                  .expressionAttributeNames(names)
                  .expressionAttributeValues(
                      Map.of(
                          ":seq", n(batch.sequence()),
                          ":next", n(batch.sequence() + 1),
                          ":now", n(now.toEpochMilli()))));
    } catch (ConditionalCheckFailedException recordedAlready) {
      // Another instance sent the same numbered digest (notification-log let only one send) and
      // recorded it first.
    }
  }

  private static List<DeadLetterLine> lines(Map<String, AttributeValue> pending, List<String> ids) {
    return ids.stream()
        .filter(pending::containsKey)
        .map(id -> fromItem(id, pending.get(id).m()))
        .sorted(
            java.util.Comparator.comparing(DeadLetterLine::topic)
                .thenComparing(DeadLetterLine::partition)
                .thenComparing(DeadLetterLine::offset))
        .toList();
  }

  private static Map<String, AttributeValue> toItem(DeadLetterLine line) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("service", s(line.service()));
    item.put("topic", s(line.topic()));
    item.put("partition", n(line.partition()));
    item.put("offset", n(line.offset()));
    if (line.key() != null) {
      item.put("key", s(line.key()));
    }
    if (line.eventType() != null) {
      item.put("eventType", s(line.eventType()));
    }
    item.put("reason", s(line.reason()));
    return item;
  }

  private static DeadLetterLine fromItem(String id, Map<String, AttributeValue> item) {
    return new DeadLetterLine(
        id,
        item.get("service").s(),
        item.get("topic").s(),
        Integer.parseInt(item.get("partition").n()),
        Long.parseLong(item.get("offset").n()),
        item.containsKey("key") ? item.get("key").s() : null,
        item.containsKey("eventType") ? item.get("eventType").s() : null,
        item.get("reason").s());
  }

  private Map<String, AttributeValue> key() {
    return Map.of("eventId", s(item));
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
