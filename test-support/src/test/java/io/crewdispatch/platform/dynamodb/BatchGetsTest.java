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
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The keys DynamoDB leaves unprocessed. DynamoDB Local processes every key of a batch, so no
 * integration test sees them: a client that answers every key but leaves the first {@code n} of
 * each call unprocessed stands in for a throttled table (roster-service's assignment store reads
 * real batches).
 */
class BatchGetsTest {

  static final String TABLE = "roster-assignments";

  @Test
  void asksForTheUnprocessedKeysAgainUntilNoneAreLeft() {
    Throttled client = new Throttled(List.of(3, 1, 0));
    var items = new BatchGets(client).get(TABLE, keys(5));

    assertThat(client.asked).containsExactly(5, 3, 1);
    assertThat(items).hasSize(5).doesNotHaveDuplicates();
    assertThat(client.consistent).containsOnly(true);
  }

  @Test
  void readsInBatchesOfDynamoDbsLimit() {
    Throttled client = new Throttled(List.of(0, 0, 0));
    var items = new BatchGets(client).get(TABLE, keys(230));

    assertThat(client.asked).containsExactly(100, 100, 30);
    assertThat(items).hasSize(230);
  }

  @Test
  void failsAsInfrastructureWhenKeysAreStillUnprocessedAfterEveryAttempt() {
    Throttled client = new Throttled(List.of(2, 2, 2, 2, 2, 2));

    assertThatThrownBy(() -> new BatchGets(client).get(TABLE, keys(4)))
        .isInstanceOf(SdkClientException.class)
        .hasMessage("2 of 4 keys of roster-assignments still unprocessed");
    assertThat(client.asked).hasSize(BatchGets.ATTEMPTS);
  }

  private static List<Map<String, AttributeValue>> keys(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> Map.of("charterId", AttributeValue.fromS("CH-" + i)))
        .toList();
  }

  /**
   * Answers the keys after the first {@code unprocessed[call]} of each call (as items holding just
   * their key) and leaves those first ones unprocessed.
   */
  private static final class Throttled implements DynamoDbClient {

    final List<Integer> unprocessed;
    final List<Integer> asked = new ArrayList<>();
    final List<Boolean> consistent = new ArrayList<>();

    Throttled(List<Integer> unprocessed) {
      this.unprocessed = unprocessed;
    }

    @Override
    public BatchGetItemResponse batchGetItem(Consumer<BatchGetItemRequest.Builder> request) {
      BatchGetItemRequest.Builder builder = BatchGetItemRequest.builder();
      request.accept(builder);
      KeysAndAttributes keys = builder.build().requestItems().get(TABLE);
      int left = unprocessed.get(asked.size());
      asked.add(keys.keys().size());
      consistent.add(keys.consistentRead());
      return BatchGetItemResponse.builder()
          .responses(Map.of(TABLE, keys.keys().subList(left, keys.keys().size())))
          .unprocessedKeys(
              left == 0
                  ? Map.of()
                  : Map.of(TABLE, keys.toBuilder().keys(keys.keys().subList(0, left)).build()))
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
