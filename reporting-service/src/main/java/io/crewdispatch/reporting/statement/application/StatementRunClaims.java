package io.crewdispatch.reporting.statement.application;

import java.time.Instant;
import java.time.YearMonth;

/**
 * Who makes a month's scheduled run: the first instance to claim it. A claim is a lease, so a run
 * whose instance died is taken over once the lease ends; a completed run is never made again.
 */
public interface StatementRunClaims {

  enum Outcome {
    /** This instance makes the run. */
    CLAIMED,
    /** The run is made already. */
    COMPLETED,
    /** Another instance is making it now. */
    HELD_ELSEWHERE
  }

  Outcome claim(YearMonth month, String owner, Instant now, Instant leaseUntil);

  void complete(YearMonth month, String owner, Instant at);

  /** Gives a failed run back at once, so the next check retries it. */
  void release(YearMonth month, String owner);
}
