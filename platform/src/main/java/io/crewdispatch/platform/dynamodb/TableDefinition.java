package io.crewdispatch.platform.dynamodb;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A table a service owns, declared as a bean; {@link TableInitializer} creates it at start-up if
 * missing (the same code creates it for tests). {@code name} is the logical name, without prefix.
 */
public record TableDefinition(
    String name, Key partitionKey, Key sortKey, List<Index> globalIndexes, String ttlAttribute) {

  public record Key(String attribute, ScalarAttributeType type) {}

  /** A global secondary index projecting all attributes; {@code sortKey} may be null. */
  public record Index(String name, Key partitionKey, Key sortKey) {}

  public TableDefinition {
    globalIndexes = List.copyOf(globalIndexes);
  }

  public static TableDefinition of(String name, String partitionKey, ScalarAttributeType type) {
    return new TableDefinition(name, new Key(partitionKey, type), null, List.of(), null);
  }

  public TableDefinition withSortKey(String attribute, ScalarAttributeType type) {
    return new TableDefinition(
        name, partitionKey, new Key(attribute, type), globalIndexes, ttlAttribute);
  }

  public TableDefinition withGlobalIndex(String index, Key indexPartitionKey, Key indexSortKey) {
    List<Index> indexes = new ArrayList<>(globalIndexes);
    indexes.add(new Index(index, indexPartitionKey, indexSortKey));
    return new TableDefinition(name, partitionKey, sortKey, indexes, ttlAttribute);
  }

  /** DynamoDB deletes items whose epoch-seconds {@code attribute} has passed (eventually). */
  public TableDefinition withTtl(String attribute) {
    return new TableDefinition(name, partitionKey, sortKey, globalIndexes, attribute);
  }
}
