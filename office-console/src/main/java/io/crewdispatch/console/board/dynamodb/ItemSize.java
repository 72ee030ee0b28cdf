package io.crewdispatch.console.board.dynamodb;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item's size as DynamoDB counts it against its 400 KB limit ("Item sizes and formats" in the
 * developer guide): each attribute's name and value in UTF-8 bytes; a number about one byte per two
 * significant digits and one more; a boolean or null one byte; a list or map 3 bytes, plus one per
 * element, plus its elements (a map's with their names). Numbers are counted as DynamoDB Local
 * encodes them (digits aligned to pairs), which is never less than the guide's estimate. Counted
 * here so that an item too large is refused before the put, not by the table.
 */
final class ItemSize {

  /** DynamoDB's limit for one item: 400 KB. */
  static final long DYNAMODB_LIMIT = 400 * 1024;

  private static final int DOCUMENT = 3;
  private static final int ELEMENT = 1;

  private ItemSize() {}

  static long of(Map<String, AttributeValue> item) {
    long bytes = 0;
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      bytes += utf8(attribute.getKey()) + value(attribute.getValue());
    }
    return bytes;
  }

  static long value(AttributeValue value) {
    return switch (value.type()) {
      case S -> utf8(value.s());
      case N -> number(value.n());
      case B -> value.b().asByteArrayUnsafe().length;
      case BOOL, NUL -> 1;
      case SS -> value.ss().stream().mapToLong(ItemSize::utf8).sum();
      case NS -> value.ns().stream().mapToLong(ItemSize::number).sum();
      case BS -> value.bs().stream().mapToLong(b -> b.asByteArrayUnsafe().length).sum();
      case L ->
          DOCUMENT
              + (long) ELEMENT * value.l().size()
              + value.l().stream().mapToLong(ItemSize::value).sum();
      case M -> DOCUMENT + (long) ELEMENT * value.m().size() + of(value.m());
      case UNKNOWN_TO_SDK_VERSION ->
          throw new IllegalArgumentException("an attribute of a type this SDK does not know");
    };
  }

  /**
   * Sign and exponent in one byte, then the significant digits two to a byte, the first pair padded
   * when the exponent is odd; a negative number may take one byte more (counted always).
   */
  static long number(String text) {
    BigDecimal number = new BigDecimal(text);
    if (number.signum() == 0) {
      return 1;
    }
    BigDecimal digits = number.abs().stripTrailingZeros();
    int exponent = digits.precision() - digits.scale();
    int padded = digits.precision() + (exponent % 2 == 0 ? 0 : 1);
    return 1 + (padded + 1) / 2 + (number.signum() < 0 ? 1 : 0);
  }

  private static long utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
