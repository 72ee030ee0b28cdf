package io.crewdispatch.reporting.statement.dynamodb;

import io.crewdispatch.reporting.statement.application.StatementManifests;
import io.crewdispatch.reporting.statement.domain.StatementKind;
import io.crewdispatch.reporting.statement.domain.StatementManifest;
import io.crewdispatch.reporting.statement.domain.StoredStatement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Manifests as the month's {@code manifest} item; a build never overwrites a later one. */
@Repository
class DynamoDbStatementManifests implements StatementManifests {

  private final DynamoDbClient dynamoDb;
  private final StatementRunsTable table;

  DynamoDbStatementManifests(DynamoDbClient dynamoDb, StatementRunsTable table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public Optional<StatementManifest> find(YearMonth month) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(
                r ->
                    r.tableName(table.name())
                        .key(StatementRunsTable.key(month, StatementRunsTable.MANIFEST))
                        .consistentRead(true))
            .item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new StatementManifest(
            month,
            Instant.ofEpochMilli(Long.parseLong(item.get("builtAt").n())),
            item.get("files").l().stream().map(f -> file(f.m())).toList()));
  }

  @Override
  public boolean save(StatementManifest manifest) {
    Map<String, AttributeValue> item =
        new HashMap<>(StatementRunsTable.key(manifest.month(), StatementRunsTable.MANIFEST));
    AttributeValue builtAt =
        AttributeValue.fromN(String.valueOf(manifest.builtAt().toEpochMilli()));
    item.put("builtAt", builtAt);
    item.put(
        "files",
        AttributeValue.fromL(
            manifest.files().stream().map(f -> AttributeValue.fromM(file(f))).toList()));
    try {
      dynamoDb.putItem(
          r ->
              r.tableName(table.name())
                  .item(item)
                  .conditionExpression("attribute_not_exists(builtAt) OR builtAt <= :builtAt")
                  .expressionAttributeValues(Map.of(":builtAt", builtAt)));
      return true;
    } catch (ConditionalCheckFailedException newerBuild) {
      return false;
    }
  }

  private static Map<String, AttributeValue> file(StoredStatement file) {
    Map<String, AttributeValue> map = new HashMap<>();
    map.put("kind", AttributeValue.fromS(file.kind().name()));
    map.put("fileName", AttributeValue.fromS(file.fileName()));
    map.put("location", AttributeValue.fromS(file.location()));
    putIfPresent(map, "captainId", file.captainId());
    putIfPresent(map, "captainEmail", file.captainEmail());
    putIfPresent(map, "driveFileId", file.driveFileId());
    putIfPresent(map, "webViewLink", file.webViewLink());
    return map;
  }

  private static StoredStatement file(Map<String, AttributeValue> map) {
    return new StoredStatement(
        StatementKind.valueOf(map.get("kind").s()),
        text(map, "captainId"),
        text(map, "captainEmail"),
        map.get("fileName").s(),
        map.get("location").s(),
        text(map, "driveFileId"),
        text(map, "webViewLink"));
  }

  private static void putIfPresent(Map<String, AttributeValue> map, String name, String value) {
    if (value != null) {
      map.put(name, AttributeValue.fromS(value));
    }
  }

  private static String text(Map<String, AttributeValue> map, String name) {
    AttributeValue value = map.get(name);
    return value == null ? null : value.s();
  }
}
