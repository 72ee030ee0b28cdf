package io.crewdispatch.events.serde;

import io.crewdispatch.events.compat.SchemaSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/** Loads the released schema versions that ship in this jar, so older writers can be resolved. */
final class ReleasedSchemas {

  private static final String ROOT = "io/crewdispatch/events/released/";

  private ReleasedSchemas() {}

  /**
   * @param typeNames simple names of every named type to look for in each release
   * @return per release (oldest first), its named types by full name
   */
  static List<Map<String, Schema>> load(List<String> typeNames) {
    ClassLoader loader = ReleasedSchemas.class.getClassLoader();
    List<Map<String, Schema>> releases = new ArrayList<>();
    for (String release : readLines(loader, ROOT + "RELEASES")) {
      Map<String, String> sources = new LinkedHashMap<>();
      for (String type : typeNames) {
        String json = read(loader, ROOT + release + "/" + type + ".avsc");
        if (json != null) {
          sources.put(type + ".avsc", json);
        }
      }
      releases.add(SchemaSet.parse(sources));
    }
    return releases;
  }

  private static List<String> readLines(ClassLoader loader, String path) {
    String text = read(loader, path);
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static String read(ClassLoader loader, String path) {
    try (InputStream in = loader.getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }
}
