package io.crewdispatch.roster.member;

import io.crewdispatch.roster.member.application.SyncOutcome;
import io.crewdispatch.roster.sheet.application.RosterSheet;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code rosterSheet}: DOWN with the reason when the last sync could not read the sheet (missing
 * tab, deleted spreadsheet, refused access), UP with the last sync's figures otherwise.
 */
@Component("rosterSheet")
class SheetHealthIndicator extends AbstractHealthIndicator {

  private final SyncOutcome outcome;
  private final RosterSheet sheet;

  SheetHealthIndicator(SyncOutcome outcome, RosterSheet sheet) {
    this.outcome = outcome;
    this.sheet = sheet;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    SyncOutcome.State state = outcome.state();
    builder.withDetail("sheet", sheet.describe());
    builder.withDetail("lastSuccess", state.lastSuccess() == null ? "never" : state.lastSuccess());
    if (state.problem() != null) {
      builder.down().withDetail("problem", state.problem());
      return;
    }
    builder.up().withDetail("changed", state.changed()).withDetail("rejected", state.rejected());
    if (state.writeBackProblem() != null) {
      builder.withDetail("writeBackProblem", state.writeBackProblem());
    }
  }
}
