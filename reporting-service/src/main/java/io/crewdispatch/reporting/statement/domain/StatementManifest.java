package io.crewdispatch.reporting.statement.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** What the latest build of a month produced, so downloads find the files it stored. */
public record StatementManifest(YearMonth month, Instant builtAt, List<StoredStatement> files) {

  public StatementManifest {
    files = List.copyOf(files);
  }

  /** The ops summary when {@code captainId} is null, else that person's statement. */
  public Optional<StoredStatement> find(String captainId) {
    return files.stream().filter(f -> f.isFor(captainId)).findFirst();
  }

  /** The payroll CSV stored beside the summary, if any. */
  public Optional<StoredStatement> payroll() {
    return files.stream().filter(f -> f.kind() == StatementKind.PAYROLL).findFirst();
  }

  /** Files of this manifest that {@code newer} does not keep at the same place. */
  public List<StoredStatement> replacedBy(StatementManifest newer) {
    return files.stream()
        .filter(old -> newer.files.stream().noneMatch(f -> f.location().equals(old.location())))
        .toList();
  }
}
