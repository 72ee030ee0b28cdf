package io.crewdispatch.reporting.statement.domain;

import java.util.List;

/**
 * What one build did: the files the month now has, and which of them were announced (new or changed
 * since last announced) and, of those, which were corrections.
 */
public record StatementBuild(
    StatementManifest manifest, List<String> announced, List<String> corrected) {

  public StatementBuild {
    announced = List.copyOf(announced);
    corrected = List.copyOf(corrected);
  }
}
