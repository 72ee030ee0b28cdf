package io.crewdispatch.platform.dynamodb;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Conditional writes of distinct items in one TransactWriteItems: all of them, or none when one's
 * condition failed or another writer was at one of the items (the transaction cancelled), for the
 * caller to write each its own way. Any other failure is thrown, as infrastructure's is. DynamoDB
 * Local charges a transaction of ten puts a quarter of ten single ones (BENCHMARKS.md, "DynamoDB
 * Local's price per item"); on AWS a transactional write costs twice the write capacity of a plain
 * one, a fair price for a consumer that writes a few items a second.
 */
public final class TransactWrites {

  private static final Logger log = LoggerFactory.getLogger(TransactWrites.class);

  /** DynamoDB's limit of actions in one transaction (its other limit: 4 MB in all). */
  public static final int LIMIT = 100;

  private final DynamoDbClient dynamoDb;

  public TransactWrites(DynamoDbClient dynamoDb) {
    this.dynamoDb = dynamoDb;
  }

  /**
   * True when every put was written; false, and none written, when the transaction was cancelled.
   */
  public boolean putAll(List<Put> puts) {
    return writeAll(
        puts.stream().map(put -> TransactWriteItem.builder().put(put).build()).toList());
  }

  /** True when every write was made; false, and none made, when the transaction was cancelled. */
  public boolean writeAll(List<TransactWriteItem> items) {
    try {
      dynamoDb.transactWriteItems(r -> r.transactItems(items));
      return true;
    } catch (TransactionCanceledException conditionFailedOrContended) {
      if (log.isDebugEnabled()) {
        log.debug(
            "event=transaction_cancelled items={} reasons={}",
            items.size(),
            conditionFailedOrContended.cancellationReasons().stream().map(r -> r.code()).toList());
      }
      return false;
    }
  }
}
