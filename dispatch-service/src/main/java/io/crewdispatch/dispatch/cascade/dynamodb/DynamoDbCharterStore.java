package io.crewdispatch.dispatch.cascade.dynamodb;

import io.crewdispatch.dispatch.cascade.application.CharterStore;
import io.crewdispatch.dispatch.cascade.application.ConcurrentChangeException;
import io.crewdispatch.dispatch.cascade.application.DueCharter;
import io.crewdispatch.dispatch.cascade.application.Outbox;
import io.crewdispatch.dispatch.cascade.application.StoredCharter;
import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.config.DispatchTables;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import io.crewdispatch.platform.dynamodb.TableNames;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Table {@code crew-dispatch}: one item per charter, written whole with a condition on its version,
 * together with the decision's {@code charter-chats} entries in one transaction. {@code timer_due}
 * is set only while something is due, which keeps the timer index small.
 */
@Component
class DynamoDbCharterStore implements CharterStore {

  /** Timer index partitions: spreads the index's writes, costs one query each per poll. */
  private static final int TIMER_SHARDS = 4;

  private static final int TRANSACTION_LIMIT = 100;

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final String timelineTable;
  private final DynamoDbTimeline overflow;
  private final CharterDocuments documents = new CharterDocuments();

  DynamoDbCharterStore(DynamoDbClient dynamoDb, TableNames names, DynamoDbTimeline timeline) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical(DispatchTables.CHARTERS);
    this.timelineTable = names.physical(DispatchTables.TIMELINE);
    this.overflow = timeline;
  }

  @Override
  public Optional<StoredCharter> load(String charterId) {
    var item =
        dynamoDb
            .getItem(
                r -> r.tableName(table).key(Map.of("charterId", s(charterId))).consistentRead(true))
            .item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(stored(item));
  }

  @Override
  public void save(StoredCharter stored, List<TimelineEntry> timeline) {
    Put charter = charterPut(stored);
    if (timeline.isEmpty()) {
      putCharter(charter, stored);
      return;
    }
    // A transaction holds at most 100 items: a decision about a roster of tens of people stays
    // far below; anything beyond is appended right after, each entry on its own condition.
    int together = Math.min(timeline.size(), TRANSACTION_LIMIT - 1);
    List<TransactWriteItem> items = new ArrayList<>();
    items.add(TransactWriteItem.builder().put(charter).build());
    for (TimelineEntry entry : timeline.subList(0, together)) {
      items.add(TransactWriteItem.builder().put(timelinePut(stored, entry)).build());
    }
    try {
      dynamoDb.transactWriteItems(r -> r.transactItems(items));
    } catch (TransactionCanceledException e) {
      if ("ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
        throw raced(stored);
      }
      throw e;
    }
    overflow.append(stored.charter().charterId(), timeline.subList(together, timeline.size()));
  }

  @Override
  public void saveOutbox(StoredCharter stored) {
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":version", n(stored.version()));
    values.put(":expected", n(stored.version() - 1));
    List<String> set = new ArrayList<>(List.of("#v = :version"));
    List<String> remove = new ArrayList<>();
    Outbox outbox = stored.outbox();
    if (outbox.isEmpty()) {
      remove.addAll(List.of("outbox_events", "lease_owner", "lease_until"));
    } else {
      set.addAll(
          List.of("outbox_events = :events", "lease_owner = :owner", "lease_until = :until"));
      values.put(":events", s(documents.writeEvents(outbox.events())));
      values.put(":owner", s(outbox.leaseOwner()));
      values.put(":until", n(outbox.leaseUntil().toEpochMilli()));
    }
    Optional<Instant> due = stored.dueAt();
    if (due.isPresent()) {
      set.addAll(List.of("timer_shard = :shard", "timer_due = :due"));
      values.put(":shard", shard(stored.charter()));
      values.put(":due", n(due.get().toEpochMilli()));
    } else {
      remove.addAll(List.of("timer_shard", "timer_due"));
    }
    String update =
        "SET "
            + String.join(", ", set)
            + (remove.isEmpty() ? "" : " REMOVE " + String.join(", ", remove));
    try {
      dynamoDb.updateItem(
          r ->
              r.tableName(table)
                  .key(Map.of("charterId", s(stored.charter().charterId())))
                  .updateExpression(update)
                  .conditionExpression("#v = :expected")
                  .expressionAttributeNames(Map.of("#v", "version"))
                  .expressionAttributeValues(values));
    } catch (ConditionalCheckFailedException e) {
      throw raced(stored);
    }
  }

  private void putCharter(Put charter, StoredCharter stored) {
    try {
      dynamoDb.putItem(
          r ->
              r.tableName(charter.tableName())
                  .item(charter.item())
                  .conditionExpression(charter.conditionExpression())
                  .expressionAttributeNames(charter.expressionAttributeNames())
                  .expressionAttributeValues(charter.expressionAttributeValues()));
    } catch (ConditionalCheckFailedException e) {
      throw raced(stored);
    }
  }

  private Put charterPut(StoredCharter stored) {
    Put.Builder put = Put.builder().tableName(table).item(item(stored));
    if (stored.version() == 1) {
      return put.conditionExpression("attribute_not_exists(charterId)").build();
    }
    return put.conditionExpression("#v = :expected")
        .expressionAttributeNames(Map.of("#v", "version"))
        .expressionAttributeValues(Map.of(":expected", n(stored.version() - 1)))
        .build();
  }

  private Put timelinePut(StoredCharter stored, TimelineEntry entry) {
    return Put.builder()
        .tableName(timelineTable)
        .item(TimelineItems.item(stored.charter().charterId(), entry))
        .conditionExpression(TimelineItems.IS_NEW)
        .build();
  }

  private static ConcurrentChangeException raced(StoredCharter stored) {
    return new ConcurrentChangeException(
        "Charter "
            + stored.charter().charterId()
            + " changed since version "
            + (stored.version() - 1));
  }

  @Override
  public List<DueCharter> due(Instant until, int limit) {
    List<DueCharter> due = new ArrayList<>();
    for (int shard = 0; shard < TIMER_SHARDS; shard++) {
      int current = shard;
      dynamoDb
          .query(
              r ->
                  r.tableName(table)
                      .indexName(DispatchTables.TIMER_DUE_INDEX)
                      .keyConditionExpression("timer_shard = :shard AND timer_due <= :until")
                      .expressionAttributeValues(
                          Map.of(":shard", s("t" + current), ":until", n(until.toEpochMilli())))
                      .projectionExpression("charterId, timer_due")
                      .limit(limit))
          .items()
          .forEach(
              item ->
                  due.add(
                      new DueCharter(
                          item.get("charterId").s(),
                          Instant.ofEpochMilli(Long.parseLong(item.get("timer_due").n())))));
    }
    return due;
  }

  @Override
  public List<Charter> onDate(LocalDate sailDate) {
    return query(
        "charter_month = :month AND sail_date = :date",
        Map.of(":month", s(YearMonth.from(sailDate).toString()), ":date", s(sailDate.toString())));
  }

  @Override
  public List<Charter> inMonth(YearMonth month) {
    return query("charter_month = :month", Map.of(":month", s(month.toString())));
  }

  private List<Charter> query(String condition, Map<String, AttributeValue> values) {
    QueryRequest request =
        QueryRequest.builder()
            .tableName(table)
            .indexName(DispatchTables.CHARTER_DATE_INDEX)
            .keyConditionExpression(condition)
            .expressionAttributeValues(values)
            .build();
    return dynamoDb.queryPaginator(request).items().stream()
        .map(item -> documents.charter(item.get("cascade").s()))
        .toList();
  }

  private Map<String, AttributeValue> item(StoredCharter stored) {
    Charter charter = stored.charter();
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("charterId", s(charter.charterId()));
    item.put("version", n(stored.version()));
    item.put("status", s(charter.status().name()));
    item.put("charter_month", s(charter.details().month().toString()));
    item.put("sail_date", s(charter.details().sailDate().toString()));
    item.put("cascade", s(documents.write(charter)));
    Outbox outbox = stored.outbox();
    if (!outbox.isEmpty()) {
      item.put("outbox_events", s(documents.writeEvents(outbox.events())));
      item.put("lease_owner", s(outbox.leaseOwner()));
      item.put("lease_until", n(outbox.leaseUntil().toEpochMilli()));
    }
    stored
        .dueAt()
        .ifPresent(
            due -> {
              item.put("timer_shard", shard(charter));
              item.put("timer_due", n(due.toEpochMilli()));
            });
    return item;
  }

  private static AttributeValue shard(Charter charter) {
    return s("t" + Math.floorMod(charter.charterId().hashCode(), TIMER_SHARDS));
  }

  private StoredCharter stored(Map<String, AttributeValue> item) {
    Outbox outbox = Outbox.EMPTY;
    if (item.containsKey("outbox_events")) {
      outbox =
          new Outbox(
              documents.events(item.get("outbox_events").s()),
              item.get("lease_owner").s(),
              Instant.ofEpochMilli(Long.parseLong(item.get("lease_until").n())));
    }
    return new StoredCharter(
        documents.charter(item.get("cascade").s()),
        Long.parseLong(item.get("version").n()),
        outbox);
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
