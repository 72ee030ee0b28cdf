package io.crewdispatch.reporting.statement.web;

import io.crewdispatch.reporting.statement.domain.StatementManifest;
import java.time.Instant;
import java.util.List;

/** The answer to a build: the month and every file it stored. */
record StatementsBuilt(String month, Instant builtAt, List<File> files) {

  record File(String kind, String captainId, String fileName, String location) {}

  static StatementsBuilt of(StatementManifest manifest) {
    return new StatementsBuilt(
        manifest.month().toString(),
        manifest.builtAt(),
        manifest.files().stream()
            .map(f -> new File(f.kind().name(), f.captainId(), f.fileName(), f.location()))
            .toList());
  }
}
