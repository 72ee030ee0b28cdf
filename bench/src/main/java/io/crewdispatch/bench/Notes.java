package io.crewdispatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The hand-written analysis kept in bench/NOTES.md, appended to every generated report. */
final class Notes {

  private Notes() {}

  static String text() {
    try {
      Path notes = Path.of("bench", "NOTES.md");
      return Files.exists(notes) ? "\n" + Files.readString(notes) : "";
    } catch (Exception e) {
      return "";
    }
  }
}
