package io.crewdispatch.events.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityCheckTest {

  private static final String MONEY_2 =
      "{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":12,\"scale\":2}";

  @Test
  void theCurrentSchemasAreCompatibleWithTheirLastRelease() {
    assertThat(SchemaCompatibilityCheck.check(Path.of("src/main/avro"), Path.of("src/released")))
        .isEmpty();
  }

  @Test
  void addingAnOptionalFieldWithADefaultIsCompatible() {
    assertThat(
            compare(
                record("{\"name\":\"a\",\"type\":\"string\"}"),
                record(
                    "{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":[\"null\",\"string\"],\"default\":null}")))
        .isEmpty();
  }

  @Test
  void removingAFieldWithoutADefaultFails() {
    List<String> problems =
        compare(
            record("{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"string\"}"),
            record("{\"name\":\"a\",\"type\":\"string\"}"));
    assertThat(problems)
        .singleElement()
        .asString()
        .contains("not forward compatible")
        .contains("READER_FIELD_MISSING_DEFAULT")
        .contains("/fields/1");
  }

  @Test
  void addingAFieldWithoutADefaultFails() {
    assertThat(
            compare(
                record("{\"name\":\"a\",\"type\":\"string\"}"),
                record("{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\"}")))
        .singleElement()
        .asString()
        .contains("not backward compatible");
  }

  @Test
  void changingTheScaleOfMoneyFailsEvenThoughTheWireIsTheSame() {
    String scale3 = MONEY_2.replace("\"scale\":2", "\"scale\":3");
    assertThat(
            compare(
                record("{\"name\":\"amount\",\"type\":" + MONEY_2 + "}"),
                record("{\"name\":\"amount\",\"type\":" + scale3 + "}")))
        .singleElement()
        .asString()
        .isEqualTo("T.amount: logical type changed from decimal(12,2) to decimal(12,3)");
  }

  @Test
  void changingALogicalTypeInsideAnOptionalFieldFails() {
    assertThat(
            compare(
                record(
                    "{\"name\":\"at\",\"type\":[\"null\",{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}],\"default\":null}"),
                record(
                    "{\"name\":\"at\",\"type\":[\"null\",{\"type\":\"long\",\"logicalType\":\"timestamp-micros\"}],\"default\":null}")))
        .singleElement()
        .asString()
        .contains("timestamp-millis to timestamp-micros");
  }

  @Test
  void removingATypeFails() {
    Schema old = new Schema.Parser().parse(record("{\"name\":\"a\",\"type\":\"string\"}"));
    assertThat(SchemaCompatibilityCheck.compare(Map.of(), Map.of("T", old)))
        .singleElement()
        .asString()
        .contains("removed");
  }

  private static String record(String fields) {
    return "{\"type\":\"record\",\"name\":\"T\",\"fields\":[" + fields + "]}";
  }

  private static List<String> compare(String oldJson, String newJson) {
    Schema old = new Schema.Parser().parse(oldJson);
    Schema now = new Schema.Parser().parse(newJson);
    return SchemaCompatibilityCheck.compare(Map.of("T", now), Map.of("T", old));
  }
}
