package io.crewdispatch.events.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * Checks every current schema against the last release that has it: the new schema must read old
 * data (backward) and the old schema must read new data (forward), and no existing field may change
 * its logical type, precision or scale (fingerprints ignore those, so the wire would not notice
 * money read at the wrong scale). Run by the build; exits non-zero on any problem.
 */
public final class SchemaCompatibilityCheck {

  private SchemaCompatibilityCheck() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: SchemaCompatibilityCheck <current-schema-dir> <released-root>");
      System.exit(2);
    }
    List<String> problems = check(Path.of(args[0]), Path.of(args[1]));
    if (!problems.isEmpty()) {
      System.err.println("Schema compatibility check FAILED:");
      problems.forEach(p -> System.err.println("  - " + p));
      System.exit(1);
    }
    System.out.println("Schema compatibility check passed against " + args[1]);
  }

  /** Returns one line per problem; empty when everything is compatible. */
  public static List<String> check(Path currentDir, Path releasedRoot) {
    Map<String, Schema> current = SchemaSet.parse(readDir(currentDir));
    Map<String, Schema> lastReleased = new LinkedHashMap<>();
    for (Path release : releases(releasedRoot)) {
      lastReleased.putAll(SchemaSet.parse(readDir(release)));
    }
    return compare(current, lastReleased);
  }

  /** Compares named types; a type missing from {@code current} is a problem too. */
  public static List<String> compare(Map<String, Schema> current, Map<String, Schema> released) {
    List<String> problems = new ArrayList<>();
    for (var entry : released.entrySet()) {
      String name = entry.getKey();
      Schema old = entry.getValue();
      Schema now = current.get(name);
      if (now == null) {
        problems.add(name + ": removed, but released versions are still on the wire");
        continue;
      }
      var backward = SchemaCompatibility.checkReaderWriterCompatibility(now, old);
      if (backward.getType() != SchemaCompatibilityType.COMPATIBLE) {
        problems.add(
            name + ": not backward compatible (new reader, old data): " + describe(backward));
      }
      var forward = SchemaCompatibility.checkReaderWriterCompatibility(old, now);
      if (forward.getType() != SchemaCompatibilityType.COMPATIBLE) {
        problems.add(
            name + ": not forward compatible (old reader, new data): " + describe(forward));
      }
      LogicalTypeCheck.compare(name, old, now, problems);
    }
    return problems;
  }

  private static String describe(SchemaCompatibility.SchemaPairCompatibility result) {
    StringBuilder sb = new StringBuilder();
    for (var incompatibility : result.getResult().getIncompatibilities()) {
      sb.append(incompatibility.getType())
          .append(" at ")
          .append(incompatibility.getLocation())
          .append(" (")
          .append(incompatibility.getMessage())
          .append(") ");
    }
    return sb.toString().trim();
  }

  /** Release folders in order, as listed in the RELEASES file (oldest first). */
  static List<Path> releases(Path releasedRoot) {
    Path index = releasedRoot.resolve("RELEASES");
    try {
      return Files.readAllLines(index, StandardCharsets.UTF_8).stream()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(releasedRoot::resolve)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + index, e);
    }
  }

  static Map<String, String> readDir(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      Map<String, String> sources = new LinkedHashMap<>();
      for (Path f :
          files
              .filter(p -> p.toString().endsWith(".avsc"))
              .sorted(Comparator.naturalOrder())
              .toList()) {
        sources.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read schemas in " + dir, e);
    }
  }
}
