package io.crewdispatch.reporting.statement.dynamodb;

import io.crewdispatch.reporting.statement.application.StatementRunClaims;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Claims as conditional writes on the month's {@code scheduled-run} item: the first put wins, a
 * completed run stays completed, and an unfinished claim can be taken only after its lease.
 */
@Repository
class DynamoDbStatementRunClaims implements StatementRunClaims {

  private static final Logger log = LoggerFactory.getLogger(DynamoDbStatementRunClaims.class);

  private final DynamoDbClient dynamoDb;
  private final StatementRunsTable table;

  DynamoDbStatementRunClaims(DynamoDbClient dynamoDb, StatementRunsTable table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public Outcome claim(YearMonth month, String owner, Instant now, Instant leaseUntil) {
    Map<String, AttributeValue> item =
        new HashMap<>(StatementRunsTable.key(month, StatementRunsTable.SCHEDULED_RUN));
    item.put("owner", AttributeValue.fromS(owner));
    item.put("claimedAt", AttributeValue.fromS(now.toString()));
    item.put("leaseUntil", millis(leaseUntil));
    try {
      dynamoDb.putItem(
          r ->
              r.tableName(table.name())
                  .item(item)
                  .conditionExpression(
                      "attribute_not_exists(#month)"
                          + " OR (attribute_not_exists(completedAt) AND leaseUntil < :now)")
                  .expressionAttributeNames(Map.of("#month", StatementRunsTable.MONTH))
                  .expressionAttributeValues(Map.of(":now", millis(now))));
      return Outcome.CLAIMED;
    } catch (ConditionalCheckFailedException taken) {
      Map<String, AttributeValue> current =
          dynamoDb
              .getItem(
                  r ->
                      r.tableName(table.name())
                          .key(StatementRunsTable.key(month, StatementRunsTable.SCHEDULED_RUN))
                          .consistentRead(true))
              .item();
      return current.containsKey("completedAt") ? Outcome.COMPLETED : Outcome.HELD_ELSEWHERE;
    }
  }

  @Override
  public void complete(YearMonth month, String owner, Instant at) {
    try {
      dynamoDb.updateItem(
          r ->
              r.tableName(table.name())
                  .key(StatementRunsTable.key(month, StatementRunsTable.SCHEDULED_RUN))
                  .updateExpression("SET completedAt = :at")
                  .conditionExpression("#owner = :owner")
                  .expressionAttributeNames(Map.of("#owner", "owner"))
                  .expressionAttributeValues(
                      Map.of(
                          ":at", AttributeValue.fromS(at.toString()),
                          ":owner", AttributeValue.fromS(owner))));
    } catch (ConditionalCheckFailedException overtaken) {
      // Our lease ran out and another instance took the run over: both built; say so.
      log.warn("event=statement_run_overtaken month={}", month);
    }
  }

  @Override
  public void release(YearMonth month, String owner) {
    try {
      dynamoDb.updateItem(
          r ->
              r.tableName(table.name())
                  .key(StatementRunsTable.key(month, StatementRunsTable.SCHEDULED_RUN))
                  .updateExpression("SET leaseUntil = :zero")
                  .conditionExpression("#owner = :owner AND attribute_not_exists(completedAt)")
                  .expressionAttributeNames(Map.of("#owner", "owner"))
                  .expressionAttributeValues(
                      Map.of(
                          ":zero", millis(Instant.EPOCH), ":owner", AttributeValue.fromS(owner))));
    } catch (ConditionalCheckFailedException notOurs) {
      log.info("event=statement_run_release_skipped month={}", month);
    }
  }

  private static AttributeValue millis(Instant instant) {
    return AttributeValue.fromN(String.valueOf(instant.toEpochMilli()));
  }
}
