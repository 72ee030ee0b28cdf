package io.crewdispatch.events.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.junit.jupiter.api.Test;

class SchemaSetTest {

  private static final String CHANNEL =
      """
      {"type": "enum", "name": "Channel", "namespace": "example.events",
       "symbols": ["EMAIL", "SMS"]}""";
  private static final String CALLEE =
      """
      {"type": "record", "name": "Callee", "namespace": "example.events", "fields": [
        {"name": "personId", "type": "string"},
        {"name": "channel", "type": "Channel", "default": "EMAIL"}]}""";
  private static final String CALLED =
      """
      {"type": "record", "name": "Called", "namespace": "example.events", "fields": [
        {"name": "callee", "type": "Callee"},
        {"name": "via", "type": "Channel", "default": "SMS"}]}""";

  @Test
  void parsesFilesThatReferToTypesDefinedInLaterFiles() {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("Called.avsc", CALLED);
    sources.put("Callee.avsc", CALLEE);
    sources.put("Channel.avsc", CHANNEL);

    Map<String, Schema> parsed = SchemaSet.parse(sources);

    assertThat(parsed)
        .containsOnlyKeys(
            "example.events.Channel", "example.events.Callee", "example.events.Called");
    Schema called = parsed.get("example.events.Called");
    // a reference resolves to the schema its own file defined
    assertThat(called.getField("callee").schema()).isEqualTo(parsed.get("example.events.Callee"));
    assertThat(called.getField("via").schema()).isEqualTo(parsed.get("example.events.Channel"));
    assertThat(called.getField("via").defaultVal()).isEqualTo("SMS");
  }

  @Test
  void parsesTheContractsOwnSchemasWhateverTheirOrder() throws IOException {
    // A failed attempt (a type not parsed yet) must leave nothing behind in the next attempt's
    // parser: with the contract's 40-odd files, in both orders, some attempts fail first.
    Map<String, String> sorted = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/avro"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".avsc")).toList()) {
        sorted.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    Map<String, String> reversed = new LinkedHashMap<>();
    new TreeMap<>(sorted).descendingMap().forEach(reversed::put);

    Map<String, Schema> forward = SchemaSet.parse(sorted);
    Map<String, Schema> backward = SchemaSet.parse(reversed);

    assertThat(forward).hasSize(sorted.size());
    assertThat(backward).isEqualTo(forward);
  }

  @Test
  void namesTheFileThatCannotBeParsedAndWhy() {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("Channel.avsc", CHANNEL);
    sources.put("Called.avsc", CALLED);

    assertThatThrownBy(() -> SchemaSet.parse(sources))
        .isInstanceOf(SchemaParseException.class)
        .hasMessageContaining("Called.avsc")
        .hasMessageContaining("Callee");
  }
}
