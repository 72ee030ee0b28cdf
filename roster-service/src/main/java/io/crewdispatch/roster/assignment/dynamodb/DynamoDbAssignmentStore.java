package io.crewdispatch.roster.assignment.dynamodb;

import io.crewdispatch.platform.dynamodb.BatchGets;
import io.crewdispatch.platform.dynamodb.TableNames;
import io.crewdispatch.roster.assignment.application.AssignmentStore;
import io.crewdispatch.roster.assignment.application.ConcurrentAssignmentUpdateException;
import io.crewdispatch.roster.assignment.application.StoredAssignment;
import io.crewdispatch.roster.assignment.domain.Assignment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Table roster-assignments: one item per charter, written conditionally on its version. */
@Repository
class DynamoDbAssignmentStore implements AssignmentStore {

  /** Enough applied event ids to recognise any redelivery of one charter's recent events. */
  private static final int REMEMBERED_EVENTS = 50;

  private final DynamoDbClient dynamoDb;
  private final BatchGets batchGets;
  private final String table;

  DynamoDbAssignmentStore(DynamoDbClient dynamoDb, TableNames names) {
    this.dynamoDb = dynamoDb;
    this.batchGets = new BatchGets(dynamoDb);
    this.table = names.physical("roster-assignments");
  }

  @Override
  public Map<String, StoredAssignment> findAll(Collection<String> charterIds) {
    Map<String, StoredAssignment> found = new HashMap<>();
    batchGets
        .get(table, charterIds.stream().distinct().map(DynamoDbAssignmentStore::key).toList())
        .stream()
        .map(AssignmentItem::read)
        .forEach(stored -> found.put(stored.assignment().charterId(), stored));
    return found;
  }

  @Override
  public StoredAssignment save(StoredAssignment before, Assignment next, String eventId) {
    List<String> eventIds = new ArrayList<>(before.appliedEventIds());
    eventIds.add(eventId);
    if (eventIds.size() > REMEMBERED_EVENTS) {
      eventIds = eventIds.subList(eventIds.size() - REMEMBERED_EVENTS, eventIds.size());
    }
    long version = before.version() + 1;
    var item = AssignmentItem.write(next, version, before.writtenVersion(), eventIds);
    try {
      if (before.version() == 0) {
        dynamoDb.putItem(
            r ->
                r.tableName(table)
                    .item(item)
                    .conditionExpression("attribute_not_exists(charterId)"));
      } else {
        dynamoDb.putItem(
            r ->
                r.tableName(table)
                    .item(item)
                    .conditionExpression("#version = :expected")
                    .expressionAttributeNames(Map.of("#version", "version"))
                    .expressionAttributeValues(
                        Map.of(":expected", AssignmentItem.n(before.version()))));
      }
    } catch (ConditionalCheckFailedException raced) {
      throw new ConcurrentAssignmentUpdateException(next.charterId());
    }
    return new StoredAssignment(next, version, before.writtenVersion(), eventIds);
  }

  @Override
  public void markWritten(String charterId, long version) {
    try {
      dynamoDb.updateItem(
          r ->
              r.tableName(table)
                  .key(key(charterId))
                  .updateExpression("SET writtenVersion = :v")
                  .conditionExpression("attribute_exists(charterId) AND writtenVersion < :v")
                  .expressionAttributeValues(Map.of(":v", AssignmentItem.n(version))));
    } catch (ConditionalCheckFailedException alreadyWritten) {
      // a later version is already in the sheet
    }
  }

  @Override
  public List<StoredAssignment> behindSheet() {
    List<StoredAssignment> behind = new ArrayList<>();
    dynamoDb
        .scanPaginator(
            r ->
                r.tableName(table)
                    .filterExpression("writtenVersion < #version")
                    .expressionAttributeNames(Map.of("#version", "version")))
        .items()
        .forEach(item -> behind.add(AssignmentItem.read(item)));
    return behind.stream().filter(s -> s.assignment().shown()).toList();
  }

  private static Map<String, AttributeValue> key(String charterId) {
    return Map.of("charterId", AssignmentItem.s(charterId));
  }
}
