package io.crewdispatch.reporting.statement.application;

import io.crewdispatch.reporting.statement.domain.StatementManifest;
import io.crewdispatch.reporting.statement.domain.StoredStatement;
import java.io.InputStream;
import java.time.YearMonth;
import org.springframework.stereotype.Service;

/** Finds a built statement for download: the month's ops summary, or one captain's. */
@Service
public class FindStatements {

  private final StatementManifests manifests;
  private final StatementStore store;

  public FindStatements(StatementManifests manifests, StatementStore store) {
    this.manifests = manifests;
    this.store = store;
  }

  /**
   * @param captainId null for the ops summary
   * @throws StatementNotFoundException when nothing was built for that month or captain
   */
  public StoredStatement find(YearMonth month, String captainId) {
    return manifests
        .find(month)
        .orElseThrow(() -> new StatementNotFoundException("No statement was built for " + month))
        .find(captainId)
        .orElseThrow(
            () ->
                new StatementNotFoundException(
                    "No statement for " + captainId + " was built for " + month));
  }

  /**
   * @throws StatementNotFoundException when no payroll was built for that month
   */
  public StoredStatement findPayroll(YearMonth month) {
    return manifests
        .find(month)
        .flatMap(StatementManifest::payroll)
        .orElseThrow(() -> new StatementNotFoundException("No payroll was built for " + month));
  }

  public InputStream open(StoredStatement statement) {
    return store.open(statement);
  }
}
