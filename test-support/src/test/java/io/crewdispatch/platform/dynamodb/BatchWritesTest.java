package io.crewdispatch.platform.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The items DynamoDB leaves unprocessed. DynamoDB Local processes every item of a batch, so no
 * integration test sees them: a client that leaves the first {@code n} items of each answer
 * unprocessed stands in for a throttled table (dispatch-service's DynamoDbCallsIT writes real
 * batches).
 */
class BatchWritesTest {

  static final String TABLE = "charter-chats";

  @Test
  void sendsTheUnprocessedItemsAgainUntilNoneAreLeft() {
    Throttled client = new Throttled(List.of(3, 1, 0));
    new BatchWrites(client).write(TABLE, requests(5));

    assertThat(client.sent).containsExactly(5, 3, 1);
  }

  @Test
  void writesInBatchesOfDynamoDbsLimit() {
    Throttled client = new Throttled(List.of(0, 0, 0));
    new BatchWrites(client).write(TABLE, requests(60));

    assertThat(client.sent).containsExactly(25, 25, 10);
  }

  @Test
  void failsAsInfrastructureWhenItemsAreStillUnprocessedAfterEveryAttempt() {
    Throttled client = new Throttled(List.of(2, 2, 2, 2, 2, 2));

    assertThatThrownBy(() -> new BatchWrites(client).write(TABLE, requests(4)))
        .isInstanceOf(SdkClientException.class)
        .hasMessage("2 of 4 items of charter-chats still unprocessed");
    assertThat(client.sent).hasSize(BatchWrites.ATTEMPTS);
  }

  private static List<WriteRequest> requests(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                WriteRequest.builder()
                    .putRequest(p -> p.item(Map.of("charterId", AttributeValue.fromS("CH-" + i))))
                    .build())
        .toList();
  }

  /** Answers each batch leaving its first {@code unprocessed[call]} items unprocessed. */
  private static final class Throttled implements DynamoDbClient {

    final List<Integer> unprocessed;
    final List<Integer> sent = new ArrayList<>();

    Throttled(List<Integer> unprocessed) {
      this.unprocessed = unprocessed;
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(Consumer<BatchWriteItemRequest.Builder> request) {
      BatchWriteItemRequest.Builder builder = BatchWriteItemRequest.builder();
      request.accept(builder);
      List<WriteRequest> items = builder.build().requestItems().get(TABLE);
      int left = unprocessed.get(sent.size());
      sent.add(items.size());
      return BatchWriteItemResponse.builder()
          .unprocessedItems(left == 0 ? Map.of() : Map.of(TABLE, items.subList(0, left)))
          .build();
    }

    @Override
    public String serviceName() {
      return "dynamodb";
    }

    @Override
    public void close() {}
  }
}
