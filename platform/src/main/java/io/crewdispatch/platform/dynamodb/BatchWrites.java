package io.crewdispatch.platform.dynamodb;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchWriteItem to one table with what DynamoDB leaves to the caller: the items it did not process
 * (throttled, over a partition's capacity) are sent again, after a short back-off, and if some are
 * still left the write fails as infrastructure does, so the caller's retry (a listener's back-off)
 * sends the whole batch again. Only for unconditional puts and deletes: a batch has no conditions,
 * so writing one again must change nothing.
 */
public final class BatchWrites {

  /** DynamoDB's limit of items in one BatchWriteItem. */
  static final int LIMIT = 25;

  static final int ATTEMPTS = 5;
  private static final long FIRST_BACK_OFF_MILLIS = 50;

  private final DynamoDbClient dynamoDb;

  public BatchWrites(DynamoDbClient dynamoDb) {
    this.dynamoDb = dynamoDb;
  }

  /** Writes the requests, none two of the same item, in batches of DynamoDB's limit (25). */
  public void write(String table, List<WriteRequest> requests) {
    for (int from = 0; from < requests.size(); from += LIMIT) {
      writeBatch(table, requests.subList(from, Math.min(requests.size(), from + LIMIT)));
    }
  }

  private void writeBatch(String table, List<WriteRequest> requests) {
    List<WriteRequest> left = requests;
    for (int attempt = 1; !left.isEmpty(); attempt++) {
      if (attempt > 1) {
        backOff(attempt);
      }
      List<WriteRequest> sending = List.copyOf(left);
      Map<String, List<WriteRequest>> unprocessed =
          dynamoDb.batchWriteItem(r -> r.requestItems(Map.of(table, sending))).unprocessedItems();
      left = unprocessed == null ? List.of() : unprocessed.getOrDefault(table, List.of());
      if (!left.isEmpty() && attempt == ATTEMPTS) {
        throw SdkClientException.create(
            left.size() + " of " + requests.size() + " items of " + table + " still unprocessed");
      }
    }
  }

  /** Before attempt 2, 3, …: 50, 100, 200 ms …; an interrupt fails the call as infrastructure. */
  static void backOff(int attempt) {
    try {
      Thread.sleep(FIRST_BACK_OFF_MILLIS << (attempt - 2));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw SdkClientException.create("interrupted between batch calls", interrupted);
    }
  }
}
