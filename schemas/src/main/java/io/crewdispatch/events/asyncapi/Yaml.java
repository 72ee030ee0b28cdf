package io.crewdispatch.events.asyncapi;

import java.util.List;
import java.util.Map;

/**
 * Block-style YAML for a tree of maps, lists and strings: every scalar is double-quoted (JSON
 * escaping is valid YAML), so no value can change meaning. Small on purpose: the schemas jar takes
 * no YAML library for one document.
 */
final class Yaml {

  private Yaml() {}

  static String write(Map<String, Object> tree) {
    StringBuilder out = new StringBuilder();
    mapping(tree, 0, out);
    return out.toString();
  }

  private static void mapping(Map<?, ?> map, int indent, StringBuilder out) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(" ".repeat(indent)).append(quoted(entry.getKey().toString())).append(':');
      value(entry.getValue(), indent, out);
    }
  }

  private static void value(Object value, int indent, StringBuilder out) {
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      out.append('\n');
      mapping(map, indent + 2, out);
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      out.append('\n');
      for (Object item : list) {
        out.append(" ".repeat(indent + 2)).append('-');
        if (item instanceof Map<?, ?> map && !map.isEmpty()) {
          // the first key on the dash's line, the rest aligned under it
          StringBuilder nested = new StringBuilder();
          mapping(map, indent + 4, nested);
          out.append(' ').append(nested.substring(indent + 4));
        } else {
          value(item, indent + 2, out);
        }
      }
    } else if (value instanceof Map<?, ?>) {
      out.append(" {}\n");
    } else if (value instanceof List<?>) {
      out.append(" []\n");
    } else {
      out.append(' ').append(quoted(value.toString())).append('\n');
    }
  }

  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
