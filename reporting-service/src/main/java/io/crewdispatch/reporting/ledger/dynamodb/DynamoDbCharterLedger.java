package io.crewdispatch.reporting.ledger.dynamodb;

import io.crewdispatch.platform.dynamodb.TableNames;
import io.crewdispatch.platform.dynamodb.TransactWrites;
import io.crewdispatch.reporting.ledger.application.CharterLedger;
import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** The ledger in table {@code charter-ledger}: one item per charter, written conditionally. */
@Repository
class DynamoDbCharterLedger implements CharterLedger {

  static final String TABLE = "charter-ledger";

  private final DynamoDbClient dynamoDb;
  private final TransactWrites transactWrites;
  private final String table;

  DynamoDbCharterLedger(DynamoDbClient dynamoDb, TableNames names) {
    this.dynamoDb = dynamoDb;
    this.transactWrites = new TransactWrites(dynamoDb);
    this.table = names.physical(TABLE);
  }

  @Override
  public Optional<LedgerEntry> find(String charterId) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(
                r ->
                    r.tableName(table)
                        .key(Map.of(LedgerItems.CHARTER_ID, AttributeValue.fromS(charterId)))
                        .consistentRead(true))
            .item();
    return item == null || item.isEmpty()
        ? Optional.empty()
        : Optional.of(LedgerItems.fromItem(item));
  }

  @Override
  public boolean save(LedgerEntry entry, long expectedVersion) {
    PutItemRequest.Builder put =
        PutItemRequest.builder().tableName(table).item(LedgerItems.toItem(entry));
    if (expectedVersion == 0) {
      put.conditionExpression("attribute_not_exists(" + LedgerItems.CHARTER_ID + ")");
    } else {
      put.conditionExpression("#v = :v")
          .expressionAttributeNames(Map.of("#v", LedgerItems.VERSION))
          .expressionAttributeValues(
              Map.of(":v", AttributeValue.fromN(String.valueOf(expectedVersion))));
    }
    try {
      dynamoDb.putItem(put.build());
      return true;
    } catch (ConditionalCheckFailedException lostRace) {
      return false;
    }
  }

  @Override
  public boolean startAll(List<LedgerEntry> entries) {
    return transactWrites.putAll(
        entries.stream()
            .map(
                entry ->
                    Put.builder()
                        .tableName(table)
                        .item(LedgerItems.toItem(entry))
                        .conditionExpression("attribute_not_exists(" + LedgerItems.CHARTER_ID + ")")
                        .build())
            .toList());
  }

  @Override
  public Stream<LedgerEntry> bookedIn(YearMonth month) {
    QueryRequest query =
        QueryRequest.builder()
            .tableName(table)
            .indexName(LedgerItems.MONTH_INDEX)
            .keyConditionExpression("#m = :m")
            .expressionAttributeNames(Map.of("#m", LedgerItems.MONTH))
            .expressionAttributeValues(Map.of(":m", AttributeValue.fromS(month.toString())))
            .scanIndexForward(true)
            .build();
    return dynamoDb.queryPaginator(query).items().stream().map(LedgerItems::fromItem);
  }

  @Override
  public boolean knows(YearMonth month) {
    return !dynamoDb
        .query(
            q ->
                q.tableName(table)
                    .indexName(LedgerItems.MONTH_INDEX)
                    .keyConditionExpression("#m = :m")
                    .expressionAttributeNames(Map.of("#m", LedgerItems.MONTH))
                    .expressionAttributeValues(Map.of(":m", AttributeValue.fromS(month.toString())))
                    .limit(1))
        .items()
        .isEmpty();
  }
}
