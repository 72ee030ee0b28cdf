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

/**
 * Creates the tables a service declares when they are missing, waits until they are active and
 * turns on TTL. Safe when several instances start at once: a lost creation race just waits.
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
      dynamoDb.describeTable(r -> r.tableName(physical));
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
