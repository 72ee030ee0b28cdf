package io.crewdispatch.console.board.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.console.board.domain.CharterHistory;
import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.console.board.domain.Fields;
import io.crewdispatch.testsupport.Infrastructure;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * {@link ItemSize} counts as DynamoDB Local does, byte for byte: a charter's item padded to exactly
 * 400 KB by that count is stored, one byte more is refused with DynamoDB's "Item size has exceeded
 * the maximum allowed size".
 */
class ItemSizeIT {

  private static final DynamoDbClient dynamoDb = Infrastructure.dynamoDb();
  private static final String TABLE = "item-size-" + UUID.randomUUID();

  @BeforeAll
  static void table() {
    dynamoDb.createTable(
        r ->
            r.tableName(TABLE)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                    a -> a.attributeName("sk").attributeType(ScalarAttributeType.S))
                .keySchema(
                    k -> k.attributeName("pk").keyType(KeyType.HASH),
                    k -> k.attributeName("sk").keyType(KeyType.RANGE)));
  }

  @Test
  void aCharterItemAtTheLimitIsStoredAndOneByteMoreIsRefused() {
    CharterHistory history = CharterHistory.none("size-" + UUID.randomUUID());
    for (int i = 0; i < 200; i++) {
      history = history.with(fact(history.charterId(), i));
    }
    Map<String, AttributeValue> item = BoardItems.charterItem(history);

    assertThat(put(padded(item, ItemSize.DYNAMODB_LIMIT))).isTrue();
    assertThatThrownBy(() -> put(padded(item, ItemSize.DYNAMODB_LIMIT + 1)))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("Item size has exceeded the maximum allowed size")
        .satisfies(
            e ->
                assertThat(((DynamoDbException) e).awsErrorDetails().errorCode())
                    .isEqualTo("ValidationException"));
  }

  @Test
  void numbersOfEveryLengthListsMapsAndBooleansCountTheSame() {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("pk", AttributeValue.fromS("shapes"));
    item.put("sk", AttributeValue.fromS(UUID.randomUUID().toString()));
    StringBuilder digits = new StringBuilder();
    for (int i = 1; i <= 38; i++) {
      digits.append(i % 10 == 0 ? 7 : i % 10);
      item.put("n" + i, AttributeValue.fromN(digits.toString()));
      item.put("z" + i, AttributeValue.fromN(digits + "000"));
      item.put("d" + i, AttributeValue.fromN("0." + digits));
      item.put("m" + i, AttributeValue.fromN("-" + digits));
    }
    item.put("zero", AttributeValue.fromN("0"));
    item.put("yes", AttributeValue.fromBool(true));
    item.put("none", AttributeValue.fromNul(true));
    item.put(
        "nested",
        AttributeValue.fromL(
            List.of(
                AttributeValue.fromM(
                    Map.of("a", AttributeValue.fromN("12345"), "bé", AttributeValue.fromS("⛵"))),
                AttributeValue.fromL(List.of()),
                AttributeValue.fromSs(List.of("x", "yz")))));

    assertThat(put(padded(item, ItemSize.DYNAMODB_LIMIT))).isTrue();
    assertThatThrownBy(() -> put(padded(item, ItemSize.DYNAMODB_LIMIT + 1)))
        .hasMessageContaining("Item size has exceeded the maximum allowed size");
  }

  /** {@code item} with one more string attribute, so that it counts {@code bytes} in all. */
  private static Map<String, AttributeValue> padded(Map<String, AttributeValue> item, long bytes) {
    long missing = bytes - ItemSize.of(item) - "pad".length();
    Map<String, AttributeValue> out = new HashMap<>(item);
    out.put("pad", AttributeValue.fromS("x".repeat((int) missing)));
    assertThat(ItemSize.of(out)).isEqualTo(bytes);
    return out;
  }

  private static boolean put(Map<String, AttributeValue> item) {
    dynamoDb.putItem(r -> r.tableName(TABLE).item(item));
    return true;
  }

  private static Fact fact(String charterId, int i) {
    return new Fact(
        charterId,
        UUID.randomUUID().toString(),
        Instant.parse("2026-06-01T16:00:00Z").plusMillis(1_234_567L * i),
        i % 2 == 0 ? FactType.CREW_CALLED : FactType.NOTIFIED,
        Map.of(
            Fields.CALL_ID,
            UUID.randomUUID().toString(),
            Fields.CREW_ID,
            "deckhand-" + i,
            Fields.NAME,
            "Zoë Deckhand " + i,
            Fields.RESPOND_BY,
            String.valueOf(1_780_329_600_000L + 7_000L * i),
            Fields.VESSEL,
            "Sea Breeze",
            Fields.SAIL_DATE,
            "2026-06-14",
            Fields.DEPARTURE,
            "09:30",
            Fields.ZONE,
            "America/Los_Angeles"));
  }
}
