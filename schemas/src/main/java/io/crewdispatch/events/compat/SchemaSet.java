package io.crewdispatch.events.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * Parses a set of one-type-per-file schemas that refer to each other by name, in whatever order
 * they come: a file whose references are not parsed yet is retried after the others.
 */
public final class SchemaSet {

  private SchemaSet() {}

  /**
   * @param sources schema JSON by a label (usually the file name) used in error messages
   * @return every named type defined by the sources, by full name
   */
  public static Map<String, Schema> parse(Map<String, String> sources) {
    List<String> ordered = new ArrayList<>();
    Map<String, String> remaining = new LinkedHashMap<>(sources);
    Map<String, String> lastError = new LinkedHashMap<>();
    boolean progress = true;
    while (!remaining.isEmpty() && progress) {
      progress = false;
      for (var it = remaining.entrySet().iterator(); it.hasNext(); ) {
        var entry = it.next();
        try {
          parseInOrder(append(ordered, entry.getValue()));
          ordered.add(entry.getValue());
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
    return parseInOrder(ordered);
  }

  private static Map<String, Schema> parseInOrder(List<String> jsons) {
    Schema.Parser parser = new Schema.Parser();
    Map<String, Schema> out = new LinkedHashMap<>();
    for (String json : jsons) {
      Schema s = parser.parse(json);
      out.put(s.getFullName(), s);
    }
    return out;
  }

  private static List<String> append(List<String> list, String item) {
    List<String> copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }
}
