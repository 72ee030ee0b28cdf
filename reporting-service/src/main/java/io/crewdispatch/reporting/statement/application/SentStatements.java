package io.crewdispatch.reporting.statement.application;

import io.crewdispatch.reporting.statement.domain.SentStatement;
import java.time.YearMonth;
import java.util.Map;

/**
 * What was last announced of each statement of a month (table {@code statement-runs}), so a rebuild
 * announces only what changed. Written after the announcement is on the broker: a build that fails
 * in between announces again on its retry rather than never.
 */
public interface SentStatements {

  /** Key of the ops summary in {@link #find}'s map; a person's statement is keyed by Crew ID. */
  String SUMMARY = "";

  Map<String, SentStatement> find(YearMonth month);

  void save(YearMonth month, String key, SentStatement sent);
}
