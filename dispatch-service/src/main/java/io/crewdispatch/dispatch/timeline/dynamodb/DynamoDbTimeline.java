package io.crewdispatch.dispatch.timeline.dynamodb;

import io.crewdispatch.dispatch.config.DispatchTables;
import io.crewdispatch.dispatch.timeline.application.Timeline;
import io.crewdispatch.dispatch.timeline.domain.EntryType;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import io.crewdispatch.platform.dynamodb.TableNames;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Table {@code charter-chats}: charterId, then {@code <time>#<source event>#<type>#<crewId>}, so
 * entries sort by time and the same entry written twice is one item. Entries are only added, never
 * changed: each put is conditional on the entry not being there yet.
 */
@Component
class DynamoDbTimeline implements Timeline {

  private static final DateTimeFormatter SORTABLE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final int TRANSACTION_LIMIT = 100;
  private static final String ABSENT = "attribute_not_exists(timeEventId)";

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoDbTimeline(DynamoDbClient dynamoDb, TableNames names) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical(DispatchTables.TIMELINE);
  }

  @Override
  public void append(String charterId, List<TimelineEntry> entries) {
    Map<String, Map<String, AttributeValue>> items = new LinkedHashMap<>();
    for (TimelineEntry entry : entries) {
      Map<String, AttributeValue> item = item(charterId, entry);
      items.put(item.get("timeEventId").s(), item);
    }
    List<Map<String, AttributeValue>> all = List.copyOf(items.values());
    for (int from = 0; from < all.size(); from += TRANSACTION_LIMIT) {
      appendAtOnce(all.subList(from, Math.min(all.size(), from + TRANSACTION_LIMIT)));
    }
  }

  /** One request for a decision's entries; if some are already there, one request each. */
  private void appendAtOnce(List<Map<String, AttributeValue>> items) {
    if (items.size() == 1) {
      putIfAbsent(items.get(0));
      return;
    }
    try {
      dynamoDb.transactWriteItems(
          r ->
              r.transactItems(
                  items.stream()
                      .map(
                          item ->
                              TransactWriteItem.builder()
                                  .put(
                                      p ->
                                          p.tableName(table).item(item).conditionExpression(ABSENT))
                                  .build())
                      .toList()));
    } catch (TransactionCanceledException somePresent) {
      items.forEach(this::putIfAbsent);
    }
  }

  private void putIfAbsent(Map<String, AttributeValue> item) {
    try {
      dynamoDb.putItem(r -> r.tableName(table).item(item).conditionExpression(ABSENT));
    } catch (ConditionalCheckFailedException alreadyThere) {
      // written by an earlier attempt
    }
  }

  @Override
  public List<TimelineEntry> of(String charterId) {
    QueryRequest request =
        QueryRequest.builder()
            .tableName(table)
            .keyConditionExpression("charterId = :id")
            .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(charterId)))
            .consistentRead(true)
            .build();
    return dynamoDb.queryPaginator(request).items().stream().map(DynamoDbTimeline::entry).toList();
  }

  private static Map<String, AttributeValue> item(String charterId, TimelineEntry entry) {
    String crewId = entry.crewId() == null ? "-" : entry.crewId();
    String key =
        String.join(
            "#", SORTABLE.format(entry.at()), entry.sourceEventId(), entry.type().name(), crewId);
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("charterId", AttributeValue.fromS(charterId));
    item.put("timeEventId", AttributeValue.fromS(key));
    item.put("at", AttributeValue.fromS(entry.at().toString()));
    item.put("type", AttributeValue.fromS(entry.type().name()));
    item.put("detail", AttributeValue.fromS(entry.detail()));
    item.put("sourceEventId", AttributeValue.fromS(entry.sourceEventId()));
    if (entry.crewId() != null) {
      item.put("crewId", AttributeValue.fromS(entry.crewId()));
    }
    return item;
  }

  private static TimelineEntry entry(Map<String, AttributeValue> item) {
    AttributeValue crewId = item.get("crewId");
    return new TimelineEntry(
        Instant.parse(item.get("at").s()),
        EntryType.valueOf(item.get("type").s()),
        crewId == null ? null : crewId.s(),
        item.get("detail").s(),
        item.get("sourceEventId").s());
  }
}
