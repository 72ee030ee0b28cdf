package io.crewdispatch.roster.member.application;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** The last sync's outcome, for the health indicator: why the sheet could not be read, if so. */
@Component
public class SyncOutcome {

  /** An immutable view of the outcome; {@code problem} is null when the last read worked. */
  public record State(
      Instant lastAttempt,
      Instant lastSuccess,
      String problem,
      int changed,
      int rejected,
      String writeBackProblem) {}

  private volatile State state = new State(null, null, null, 0, 0, null);

  public State state() {
    return state;
  }

  void synced(Instant at, int changed, int rejected, String writeBackProblem) {
    state = new State(at, at, null, changed, rejected, writeBackProblem);
  }

  void unreadable(Instant at, String problem) {
    State last = state;
    state = new State(at, last.lastSuccess(), problem, 0, 0, last.writeBackProblem());
  }
}
