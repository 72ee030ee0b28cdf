package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.CallOutcome;
import io.crewdispatch.auth.link.domain.NotConfirmed;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps dispatch's decisions about calls and seats for the accept page. Idempotent: a redelivered
 * event writes the same decision at the same instant, which the store leaves as it is.
 */
@Service
public class RecordOutcome {

  private static final Logger log = LoggerFactory.getLogger(RecordOutcome.class);

  private final CallOutcomes outcomes;

  RecordOutcome(CallOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  /** CaptainConfirmed or CrewConfirmed; an office assignment has no call, only a seat. */
  public void confirmed(String charterId, String callId, String crewId, Instant at) {
    CallOutcome outcome = CallOutcome.confirmed(at);
    if (callId != null) {
      outcomes.recordForCall(callId, outcome);
    }
    outcomes.recordForSeat(charterId, crewId, outcome);
    log.info("event=outcome_recorded charterId={} callId={} outcome=CONFIRMED", charterId, callId);
  }

  public void withdrawn(String charterId, String callId, NotConfirmed reason, Instant at) {
    outcomes.recordForCall(callId, CallOutcome.notConfirmed(reason, at));
    log.info(
        "event=outcome_recorded charterId={} callId={} outcome=NOT_CONFIRMED reason={}",
        charterId,
        callId,
        reason);
  }

  public void released(String charterId, String crewId, NotConfirmed reason, Instant at) {
    outcomes.recordForSeat(charterId, crewId, CallOutcome.notConfirmed(reason, at));
    log.info(
        "event=outcome_recorded charterId={} crewId={} outcome=NOT_CONFIRMED reason={}",
        charterId,
        crewId,
        reason);
  }
}
