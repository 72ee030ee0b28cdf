package io.crewdispatch.events.compat;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Refuses a changed logical type, precision or scale on a field that exists in both versions.
 * Avro's own checker and its fingerprints ignore these attributes.
 */
final class LogicalTypeCheck {

  private LogicalTypeCheck() {}

  static void compare(String path, Schema old, Schema now, List<String> problems) {
    walk(path, old, now, problems, new HashSet<>());
  }

  private static void walk(
      String path, Schema old, Schema now, List<String> problems, Set<String> seen) {
    if (old.getType() == Schema.Type.UNION || now.getType() == Schema.Type.UNION) {
      compareUnions(path, old, now, problems, seen);
      return;
    }
    if (!sameAttributes(old, now)) {
      problems.add(
          path + ": logical type changed from " + attributes(old) + " to " + attributes(now));
      return;
    }
    switch (old.getType()) {
      case RECORD -> {
        if (now.getType() != Schema.Type.RECORD || !seen.add(old.getFullName())) {
          return;
        }
        for (Schema.Field field : old.getFields()) {
          Schema.Field newField = now.getField(field.name());
          if (newField != null) {
            walk(path + "." + field.name(), field.schema(), newField.schema(), problems, seen);
          }
        }
      }
      case ARRAY -> {
        if (now.getType() == Schema.Type.ARRAY) {
          walk(path + "[]", old.getElementType(), now.getElementType(), problems, seen);
        }
      }
      case MAP -> {
        if (now.getType() == Schema.Type.MAP) {
          walk(path + "{}", old.getValueType(), now.getValueType(), problems, seen);
        }
      }
      default -> {}
    }
  }

  /**
   * Branches are matched by type (and name for named types); a new or dropped branch is Avro's
   * concern.
   */
  private static void compareUnions(
      String path, Schema old, Schema now, List<String> problems, Set<String> seen) {
    List<Schema> oldBranches = old.getType() == Schema.Type.UNION ? old.getTypes() : List.of(old);
    List<Schema> newBranches = now.getType() == Schema.Type.UNION ? now.getTypes() : List.of(now);
    for (Schema o : oldBranches) {
      for (Schema n : newBranches) {
        if (o.getType() == n.getType() && Objects.equals(nameOf(o), nameOf(n))) {
          walk(path, o, n, problems, seen);
        }
      }
    }
  }

  private static String nameOf(Schema s) {
    return switch (s.getType()) {
      case RECORD, ENUM, FIXED -> s.getFullName();
      default -> null;
    };
  }

  private static boolean sameAttributes(Schema a, Schema b) {
    return Objects.equals(a.getProp("logicalType"), b.getProp("logicalType"))
        && Objects.equals(a.getObjectProp("precision"), b.getObjectProp("precision"))
        && Objects.equals(a.getObjectProp("scale"), b.getObjectProp("scale"));
  }

  private static String attributes(Schema s) {
    String logical = s.getProp("logicalType");
    if (logical == null) {
      return s.getType().getName();
    }
    Object precision = s.getObjectProp("precision");
    Object scale = s.getObjectProp("scale");
    return logical + (precision != null ? "(" + precision + "," + scale + ")" : "");
  }
}
