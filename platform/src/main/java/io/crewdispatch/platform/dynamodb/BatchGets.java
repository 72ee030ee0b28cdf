package io.crewdispatch.platform.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Consistent BatchGetItem from one table with what DynamoDB leaves to the caller: at most 100 keys
 * a call, and the keys it did not process (throttled) asked again after a short back-off; if some
 * are still left the read fails as infrastructure does, for the caller's retry. One call for many
 * items costs DynamoDB Local a sixth and the caller an eighth of a GetItem each, at a service's
 * pace (BENCHMARKS.md, "DynamoDB Local's price per item").
 */
public final class BatchGets {

  /** DynamoDB's limit of keys in one BatchGetItem. */
  static final int LIMIT = 100;

  static final int ATTEMPTS = BatchWrites.ATTEMPTS;

  private final DynamoDbClient dynamoDb;

  public BatchGets(DynamoDbClient dynamoDb) {
    this.dynamoDb = dynamoDb;
  }

  /**
   * The stored items of {@code keys} (none two the same), in no particular order; a key with no
   * item has none in the list.
   */
  public List<Map<String, AttributeValue>> get(
      String table, List<Map<String, AttributeValue>> keys) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += LIMIT) {
      getBatch(table, keys.subList(from, Math.min(keys.size(), from + LIMIT)), items);
    }
    return items;
  }

  private void getBatch(
      String table,
      List<Map<String, AttributeValue>> keys,
      List<Map<String, AttributeValue>> into) {
    List<Map<String, AttributeValue>> left = keys;
    for (int attempt = 1; !left.isEmpty(); attempt++) {
      if (attempt > 1) {
        BatchWrites.backOff(attempt); // the same back-off as a batch write's
      }
      KeysAndAttributes asked =
          KeysAndAttributes.builder().keys(List.copyOf(left)).consistentRead(true).build();
      var response = dynamoDb.batchGetItem(r -> r.requestItems(Map.of(table, asked)));
      into.addAll(response.responses().getOrDefault(table, List.of()));
      KeysAndAttributes unprocessed =
          response.unprocessedKeys() == null ? null : response.unprocessedKeys().get(table);
      left = unprocessed == null ? List.of() : unprocessed.keys();
      if (!left.isEmpty() && attempt == ATTEMPTS) {
        throw SdkClientException.create(
            left.size() + " of " + keys.size() + " keys of " + table + " still unprocessed");
      }
    }
  }
}
