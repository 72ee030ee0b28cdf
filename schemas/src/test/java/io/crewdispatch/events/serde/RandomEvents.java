package io.crewdispatch.events.serde;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Fills any event class with random values of the right logical types, so every type is covered.
 */
final class RandomEvents {

  private final Random random;

  RandomEvents(long seed) {
    this.random = new Random(seed);
  }

  @SuppressWarnings("unchecked")
  <T extends SpecificRecord> T next(Class<T> type) {
    SpecificData data = SpecificData.getForClass(type);
    return (T) value(data.getSchema(type), data);
  }

  private Object value(Schema schema, SpecificData data) {
    if (schema.getLogicalType() != null) {
      return logical(schema);
    }
    return switch (schema.getType()) {
      case RECORD -> {
        SpecificRecord record = (SpecificRecord) data.newRecord(null, schema);
        for (Schema.Field f : schema.getFields()) {
          record.put(f.pos(), value(f.schema(), data));
        }
        yield record;
      }
      case ENUM ->
          data.createEnum(
              schema.getEnumSymbols().get(random.nextInt(schema.getEnumSymbols().size())), schema);
      case UNION -> {
        List<Schema> branches = schema.getTypes();
        yield value(branches.get(random.nextInt(branches.size())), data);
      }
      case ARRAY -> {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
          list.add(value(schema.getElementType(), data));
        }
        yield list;
      }
      case MAP -> {
        Map<String, Object> map = new HashMap<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
          map.put("k" + random.nextInt(1000), value(schema.getValueType(), data));
        }
        yield map;
      }
      case STRING -> "s" + Long.toHexString(random.nextLong());
      case BYTES -> ByteBuffer.wrap(new byte[] {(byte) random.nextInt(), (byte) random.nextInt()});
      case INT -> random.nextInt(100);
      case LONG -> random.nextLong();
      case BOOLEAN -> random.nextBoolean();
      case DOUBLE -> random.nextDouble();
      case FLOAT -> random.nextFloat();
      case NULL -> null;
      default -> throw new IllegalArgumentException("unsupported " + schema);
    };
  }

  private Object logical(Schema schema) {
    return switch (schema.getLogicalType().getName()) {
      case "date" -> LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
      case "time-millis" -> LocalTime.of(random.nextInt(24), random.nextInt(60));
      case "timestamp-millis" ->
          Instant.ofEpochMilli(1_780_000_000_000L + random.nextInt(1_000_000_000));
      case "decimal" -> {
        var decimal = (LogicalTypes.Decimal) schema.getLogicalType();
        // unscaled digits stay within the type's precision (a percent is decimal(5,2))
        int bound = (int) Math.min(10_000_000L, (long) Math.pow(10, decimal.getPrecision()));
        yield BigDecimal.valueOf(random.nextInt(bound), decimal.getScale());
      }
      default ->
          throw new IllegalArgumentException(
              "unsupported logical type " + schema.getLogicalType().getName());
    };
  }
}
