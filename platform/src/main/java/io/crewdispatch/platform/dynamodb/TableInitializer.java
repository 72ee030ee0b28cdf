package io.crewdispatch.platform.dynamodb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Creates the tables a service declares when they are missing, waits until they are active and
 * turns on TTL. Safe when several instances start at once: a lost creation race just waits. A table
 * that already exists with other keys is someone else's (an operator's own {@code crew-roster}):
 * start-up stops rather than write into it.
 */
public class TableInitializer {

  private static final Logger log = LoggerFactory.getLogger(TableInitializer.class);

  private final DynamoDbClient dynamoDb;
  private final TableNames names;

  public TableInitializer(DynamoDbClient dynamoDb, TableNames names) {
    this.dynamoDb = dynamoDb;
    this.names = names;
  }

  public void createMissing(List<TableDefinition> tables) {
    tables.forEach(this::createIfMissing);
  }

  public void createIfMissing(TableDefinition table) {
    String physical = names.physical(table.name());
    try {
      TableDescription existing = dynamoDb.describeTable(r -> r.tableName(physical)).table();
      checkKeys(table, existing);
      return;
    } catch (ResourceNotFoundException missing) {
      // create it below
    }
    try {
      dynamoDb.createTable(createRequest(table, physical));
      log.info("event=table_created table={}", physical);
    } catch (ResourceInUseException raced) {
      log.info("event=table_created_elsewhere table={}", physical);
    }
    dynamoDb.waiter().waitUntilTableExists(r -> r.tableName(physical));
    if (table.ttlAttribute() != null) {
      dynamoDb.updateTimeToLive(
          r ->
              r.tableName(physical)
                  .timeToLiveSpecification(
                      s -> s.enabled(true).attributeName(table.ttlAttribute())));
    }
  }

  /** Stops start-up when an existing table's key schema is not the one this service declares. */
  public void checkExisting(List<TableDefinition> tables) {
    for (TableDefinition table : tables) {
      String physical = names.physical(table.name());
      try {
        checkKeys(table, dynamoDb.describeTable(r -> r.tableName(physical)).table());
      } catch (ResourceNotFoundException missing) {
        // nothing to collide with; health reports the missing table
      }
    }
  }

  private static void checkKeys(TableDefinition table, TableDescription existing) {
    List<String> expected = describe(table);
    List<String> found = describe(existing);
    if (!found.equals(expected)) {
      throw new IllegalStateException(
          "table "
              + existing.tableName()
              + " already exists with keys "
              + found
              + " but this service expects "
              + expected
              + "; it is not this service's table (set a table prefix to use another name)");
    }
  }

  private static List<String> describe(TableDefinition table) {
    List<String> keys = new ArrayList<>();
    keys.add(describe(table.partitionKey().attribute(), KeyType.HASH, table.partitionKey().type()));
    if (table.sortKey() != null) {
      keys.add(describe(table.sortKey().attribute(), KeyType.RANGE, table.sortKey().type()));
    }
    return keys;
  }

  private static List<String> describe(TableDescription existing) {
    Map<String, ScalarAttributeType> types = new LinkedHashMap<>();
    existing.attributeDefinitions().forEach(a -> types.put(a.attributeName(), a.attributeType()));
    // DynamoDB lists HASH before RANGE, as describe(TableDefinition) does.
    return existing.keySchema().stream()
        .map(k -> describe(k.attributeName(), k.keyType(), types.get(k.attributeName())))
        .toList();
  }

  private static String describe(String attribute, KeyType keyType, ScalarAttributeType type) {
    return attribute + " (" + (keyType == KeyType.HASH ? "partition" : "sort") + ", " + type + ")";
  }

  static CreateTableRequest createRequest(TableDefinition table, String physical) {
    Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
    addAttribute(attributes, table.partitionKey());
    addAttribute(attributes, table.sortKey());
    List<GlobalSecondaryIndex> indexes = new ArrayList<>();
    for (TableDefinition.Index index : table.globalIndexes()) {
      addAttribute(attributes, index.partitionKey());
      addAttribute(attributes, index.sortKey());
      indexes.add(
          GlobalSecondaryIndex.builder()
              .indexName(index.name())
              .keySchema(keySchema(index.partitionKey(), index.sortKey()))
              .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
              .build());
    }
    CreateTableRequest.Builder request =
        CreateTableRequest.builder()
            .tableName(physical)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .attributeDefinitions(attributes.values())
            .keySchema(keySchema(table.partitionKey(), table.sortKey()));
    if (!indexes.isEmpty()) {
      request.globalSecondaryIndexes(indexes);
    }
    return request.build();
  }

  private static List<KeySchemaElement> keySchema(
      TableDefinition.Key partition, TableDefinition.Key sort) {
    List<KeySchemaElement> keys = new ArrayList<>();
    keys.add(
        KeySchemaElement.builder()
            .attributeName(partition.attribute())
            .keyType(KeyType.HASH)
            .build());
    if (sort != null) {
      keys.add(
          KeySchemaElement.builder()
              .attributeName(sort.attribute())
              .keyType(KeyType.RANGE)
              .build());
    }
    return keys;
  }

  private static void addAttribute(
      Map<String, AttributeDefinition> attributes, TableDefinition.Key key) {
    if (key != null) {
      attributes.putIfAbsent(
          key.attribute(),
          AttributeDefinition.builder()
              .attributeName(key.attribute())
              .attributeType(key.type())
              .build());
    }
  }
}
