package io.crewdispatch.reporting.statement.application;

import io.crewdispatch.reporting.statement.domain.StatementManifest;
import java.time.YearMonth;
import java.util.Optional;

/** The latest build of each month. */
public interface StatementManifests {

  Optional<StatementManifest> find(YearMonth month);

  /**
   * Records {@code manifest} unless a build that finished later is already recorded.
   *
   * @return false when a newer build won
   */
  boolean save(StatementManifest manifest);
}
