package io.crewdispatch.events.compat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * Parses a set of one-type-per-file schemas that refer to each other by name, in whatever order
 * they come: a file whose references are not parsed yet is retried after the others.
 *
 * <p>Each attempt parses one file with a fresh parser that knows the types parsed so far, so a
 * failed attempt leaves nothing behind and a file is parsed about once: services parse every
 * released schema when they start, and reparsing the whole prefix on each file was quadratic (~150
 * ms more of a start's CPU for two releases, bench's RegistryCost). Avro's own {@code SchemaParser}
 * takes forward references but refuses a field whose default names a type not parsed yet.
 */
public final class SchemaSet {

  private SchemaSet() {}

  /**
   * @param sources schema JSON by a label (usually the file name) used in error messages
   * @return every type the sources define at their top level, by full name, in parsing order
   */
  public static Map<String, Schema> parse(Map<String, String> sources) {
    Map<String, Schema> known = new LinkedHashMap<>();
    Map<String, Schema> out = new LinkedHashMap<>();
    Map<String, String> remaining = new LinkedHashMap<>(sources);
    Map<String, String> lastError = new LinkedHashMap<>();
    boolean progress = true;
    while (!remaining.isEmpty() && progress) {
      progress = false;
      for (var it = remaining.entrySet().iterator(); it.hasNext(); ) {
        var entry = it.next();
        Schema.Parser parser = new Schema.Parser().addTypes(known.values());
        try {
          Schema schema = parser.parse(entry.getValue());
          known.putAll(parser.getTypes());
          out.put(schema.getFullName(), schema);
          it.remove();
          progress = true;
        } catch (AvroRuntimeException e) {
          lastError.put(entry.getKey(), e.getMessage());
        }
      }
    }
    if (!remaining.isEmpty()) {
      StringBuilder msg = new StringBuilder("Cannot parse schemas:");
      remaining
          .keySet()
          .forEach(k -> msg.append("\n  ").append(k).append(": ").append(lastError.get(k)));
      throw new SchemaParseException(msg.toString());
    }
    return out;
  }
}
