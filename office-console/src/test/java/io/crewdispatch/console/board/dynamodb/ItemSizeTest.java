package io.crewdispatch.console.board.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The developer guide's rules, one at a time; {@code ItemSizeIT} checks the sum against DynamoDB
 * Local's limit, byte for byte.
 */
class ItemSizeTest {

  @Test
  void aStringIsItsNameAndValueInUtf8() {
    assertThat(ItemSize.of(Map.of("vessel", s("Sea Breeze")))).isEqualTo(6 + 10);
    assertThat(ItemSize.of(Map.of("name", s("Zoë ⛵")))).as("ë 2 bytes, ⛵ 3").isEqualTo(4 + 8);
  }

  @Test
  void aNumberTakesAByteForTwoSignificantDigitsAlignedToPairsAndOneMore() {
    assertThat(ItemSize.number("0")).isEqualTo(1);
    assertThat(ItemSize.number("7")).isEqualTo(2);
    assertThat(ItemSize.number("12")).isEqualTo(2);
    assertThat(ItemSize.number("123")).isEqualTo(3);
    assertThat(ItemSize.number("1200")).as("trailing zeros trimmed").isEqualTo(2);
    assertThat(ItemSize.number("0.25")).isEqualTo(2);
    // An instant in epoch millis: 13 significant digits, an odd exponent: padded to 14.
    assertThat(ItemSize.number("1780329601234")).isEqualTo(8);
    assertThat(ItemSize.number("1780329600000")).isEqualTo(6);
    assertThat(ItemSize.number("-5")).as("a negative one may take a byte more").isEqualTo(3);
    assertThat(ItemSize.of(Map.of("version", n("40")))).isEqualTo(7 + 2);
  }

  @Test
  void aBooleanOrNullIsOneByteAndBinaryItsRawLength() {
    assertThat(ItemSize.of(Map.of("paused", AttributeValue.fromBool(true)))).isEqualTo(6 + 1);
    assertThat(ItemSize.of(Map.of("gone", AttributeValue.fromNul(true)))).isEqualTo(4 + 1);
    assertThat(
            ItemSize.of(Map.of("ics", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[10])))))
        .isEqualTo(3 + 10);
  }

  @Test
  void aListOrMapTakesThreeBytesAndOneAnElementBesidesItsElements() {
    assertThat(ItemSize.of(Map.of("crew", AttributeValue.fromL(List.of())))).isEqualTo(4 + 3);
    assertThat(ItemSize.of(Map.of("crew", AttributeValue.fromL(List.of(s("ab"), s("cde"))))))
        .isEqualTo(4 + 3 + 2 + (2 + 3));
    Map<String, AttributeValue> seat = new LinkedHashMap<>();
    seat.put("crewId", s("c-1"));
    seat.put("name", s("Jordan"));
    assertThat(ItemSize.of(Map.of("captain", AttributeValue.fromM(seat))))
        .as("a map's elements count with their names")
        .isEqualTo(7 + 3 + 2 + (6 + 3) + (4 + 6));
    assertThat(
            ItemSize.of(Map.of("facts", AttributeValue.fromL(List.of(AttributeValue.fromM(seat))))))
        .as("nested: the list's element is the map")
        .isEqualTo(5 + 3 + 1 + (3 + 2 + (6 + 3) + (4 + 6)));
  }

  @Test
  void anItemsTopLevelAttributesHaveNoElementOverhead() {
    assertThat(ItemSize.of(Map.of("pk", s("charter#1"), "sk", s("view")))).isEqualTo(2 + 9 + 2 + 4);
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(String value) {
    return AttributeValue.fromN(value);
  }
}
