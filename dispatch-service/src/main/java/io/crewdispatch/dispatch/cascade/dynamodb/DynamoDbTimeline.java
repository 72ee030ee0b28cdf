package io.crewdispatch.dispatch.cascade.dynamodb;

import io.crewdispatch.dispatch.config.DispatchTables;
import io.crewdispatch.dispatch.timeline.application.Timeline;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import io.crewdispatch.platform.dynamodb.BatchWrites;
import io.crewdispatch.platform.dynamodb.TableNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Table {@code charter-chats}. A decision's entries are written with the charter itself (see {@link
 * DynamoDbCharterStore}); this adds the steps that change no charter (a message sent, an event
 * about an unknown charter; messages in batches) and reads the timeline. It lives beside the
 * charter store because both write the same items.
 */
@Component
class DynamoDbTimeline implements Timeline {

  private final DynamoDbClient dynamoDb;
  private final BatchWrites batches;
  private final String table;

  DynamoDbTimeline(DynamoDbClient dynamoDb, TableNames names) {
    this.dynamoDb = dynamoDb;
    this.batches = new BatchWrites(dynamoDb);
    this.table = names.physical(DispatchTables.TIMELINE);
  }

  @Override
  public void append(String charterId, List<TimelineEntry> entries) {
    for (TimelineEntry entry : entries) {
      try {
        dynamoDb.putItem(
            r ->
                r.tableName(table)
                    .item(TimelineItems.item(charterId, entry))
                    .conditionExpression(TimelineItems.IS_NEW));
      } catch (ConditionalCheckFailedException alreadyThere) {
        // written when this event was delivered before
      }
    }
  }

  @Override
  public void appendAll(Map<String, List<TimelineEntry>> entriesByCharter) {
    // One put per item key: a batch naming a key twice is refused whole (a redelivered event).
    Map<String, WriteRequest> puts = new LinkedHashMap<>();
    entriesByCharter.forEach(
        (charterId, entries) ->
            entries.forEach(
                entry -> {
                  Map<String, AttributeValue> item = TimelineItems.item(charterId, entry);
                  puts.put(
                      charterId + "\n" + item.get("timeEventId").s(),
                      WriteRequest.builder().putRequest(p -> p.item(item)).build());
                }));
    batches.write(table, new ArrayList<>(puts.values()));
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
    return dynamoDb.queryPaginator(request).items().stream().map(TimelineItems::entry).toList();
  }
}
