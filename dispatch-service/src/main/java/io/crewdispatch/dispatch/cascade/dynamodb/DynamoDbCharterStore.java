package io.crewdispatch.dispatch.cascade.dynamodb;

import static io.crewdispatch.dispatch.cascade.dynamodb.CharterItems.n;
import static io.crewdispatch.dispatch.cascade.dynamodb.CharterItems.s;

import io.crewdispatch.dispatch.cascade.application.CharterStore;
import io.crewdispatch.dispatch.cascade.application.ConcurrentChangeException;
import io.crewdispatch.dispatch.cascade.application.StoredCharter;
import io.crewdispatch.dispatch.cascade.domain.HoldWrite;
import io.crewdispatch.dispatch.config.DispatchTables;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import io.crewdispatch.platform.dynamodb.TableNames;
import io.crewdispatch.platform.dynamodb.TransactWrites;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Table {@code crew-dispatch}: one item per charter, written whole on condition of its version,
 * together with the decision's {@code crew-holds} changes (each on its own version) and {@code
 * charter-chats} entries in one transaction. The outbox relay updates the outbox attributes only.
 */
@Component
class DynamoDbCharterStore implements CharterStore {

  private static final int TRANSACTION_LIMIT = TOGETHER;
  private static final String SAME_VERSION = "#v = :expected";
  private static final Set<String> RACED = Set.of("ConditionalCheckFailed", "TransactionConflict");

  /** Charters remembered as last seen: more than are in flight at once on one instance. */
  private static final int LAST_SEEN = 512;

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final String timelineTable;
  private final String holdsTable;
  private final DynamoDbTimeline overflow;
  private final TransactWrites transactWrites;
  private final CharterItems items = new CharterItems();
  private final LastSeenCharters seen = new LastSeenCharters(LAST_SEEN);

  DynamoDbCharterStore(DynamoDbClient dynamoDb, TableNames names, DynamoDbTimeline timeline) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical(DispatchTables.CHARTERS);
    this.timelineTable = names.physical(DispatchTables.TIMELINE);
    this.holdsTable = names.physical(DispatchTables.HOLDS);
    this.overflow = timeline;
    this.transactWrites = new TransactWrites(dynamoDb);
  }

  @Override
  public Optional<StoredCharter> load(String charterId) {
    var item =
        dynamoDb.getItem(r -> r.tableName(table).key(key(charterId)).consistentRead(true)).item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    StoredCharter stored = items.stored(item);
    seen.saw(stored);
    return Optional.of(stored);
  }

  @Override
  public Optional<StoredCharter> lastSeen(String charterId) {
    return seen.get(charterId);
  }

  @Override
  public void save(StoredCharter stored, List<TimelineEntry> timeline, List<HoldWrite> holds) {
    Put charter = charterPut(stored);
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(TransactWriteItem.builder().put(charter).build());
    // The holds are the guard of flow 10: each is conditioned on the version the decision read.
    for (HoldWrite hold : holds) {
      TransactWriteItem write = HoldItems.write(holdsTable, hold);
      if (write != null) {
        writes.add(write);
      }
    }
    // A transaction holds at most 100 items: a decision about a roster of tens of people stays far
    // below; timeline entries beyond are appended right after, each on its own condition.
    int together = Math.min(timeline.size(), TRANSACTION_LIMIT - writes.size());
    for (TimelineEntry entry : timeline.subList(0, together)) {
      writes.add(TransactWriteItem.builder().put(timelinePut(stored, entry)).build());
    }
    try {
      if (writes.size() == 1) {
        dynamoDb.putItem(
            r ->
                r.tableName(table)
                    .item(charter.item())
                    .conditionExpression(charter.conditionExpression())
                    .expressionAttributeNames(charter.expressionAttributeNames())
                    .expressionAttributeValues(charter.expressionAttributeValues()));
      } else {
        dynamoDb.transactWriteItems(r -> r.transactItems(writes));
      }
    } catch (ConditionalCheckFailedException e) {
      throw raced(stored);
    } catch (TransactionCanceledException e) {
      // The charter or a hold changed since it was read (or another transaction is writing it).
      if (e.cancellationReasons().stream().anyMatch(r -> RACED.contains(r.code()))) {
        throw raced(stored);
      }
      throw e;
    }
    seen.saw(stored);
    overflow.append(stored.charter().charterId(), timeline.subList(together, timeline.size()));
  }

  @Override
  public boolean saveAllNew(List<NewCharter> charters) {
    List<TransactWriteItem> writes = new ArrayList<>();
    for (NewCharter created : charters) {
      writes.add(TransactWriteItem.builder().put(charterPut(created.charter())).build());
      for (TimelineEntry entry : created.timeline()) {
        writes.add(TransactWriteItem.builder().put(timelinePut(created.charter(), entry)).build());
      }
    }
    if (writes.size() > TOGETHER) {
      throw new IllegalArgumentException(writes.size() + " items exceed a transaction's limit");
    }
    // false: one exists already (a redelivery), or raced
    boolean saved = transactWrites.writeAll(writes);
    if (saved) {
      charters.forEach(created -> seen.saw(created.charter()));
    }
    return saved;
  }

  @Override
  public void saveOutbox(StoredCharter stored) {
    Update update = outboxWrite(stored);
    try {
      dynamoDb.updateItem(
          r ->
              r.tableName(update.tableName())
                  .key(update.key())
                  .updateExpression(update.updateExpression())
                  .conditionExpression(update.conditionExpression())
                  .expressionAttributeNames(update.expressionAttributeNames())
                  .expressionAttributeValues(update.expressionAttributeValues()));
    } catch (ConditionalCheckFailedException e) {
      throw raced(stored);
    }
    seen.saw(stored);
  }

  @Override
  public boolean saveOutboxes(List<StoredCharter> charters) {
    if (charters.size() > TOGETHER) {
      throw new IllegalArgumentException(charters.size() + " items exceed a transaction's limit");
    }
    List<TransactWriteItem> writes = new ArrayList<>();
    for (StoredCharter stored : charters) {
      writes.add(TransactWriteItem.builder().update(outboxWrite(stored)).build());
    }
    boolean saved = transactWrites.writeAll(writes); // false: one changed since, or raced
    if (saved) {
      charters.forEach(seen::saw);
    }
    return saved;
  }

  /** The outbox's attributes and the timer, on condition of the version before. */
  private Update outboxWrite(StoredCharter stored) {
    CharterItems.OutboxUpdate update = items.outboxUpdate(stored);
    Map<String, AttributeValue> values = new HashMap<>(update.values());
    values.put(":expected", n(stored.version() - 1));
    return Update.builder()
        .tableName(table)
        .key(key(stored.charter().charterId()))
        .updateExpression(update.expression())
        .conditionExpression(SAME_VERSION)
        .expressionAttributeNames(Map.of("#v", "version"))
        .expressionAttributeValues(values)
        .build();
  }

  private Put charterPut(StoredCharter stored) {
    Put.Builder put = Put.builder().tableName(table).item(items.item(stored));
    if (stored.version() == 1) {
      return put.conditionExpression("attribute_not_exists(charterId)").build();
    }
    return put.conditionExpression(SAME_VERSION)
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

  private static Map<String, AttributeValue> key(String charterId) {
    return Map.of("charterId", s(charterId));
  }

  private static ConcurrentChangeException raced(StoredCharter stored) {
    return new ConcurrentChangeException(
        "Charter "
            + stored.charter().charterId()
            + " changed since version "
            + (stored.version() - 1));
  }
}
