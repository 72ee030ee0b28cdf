package io.crewdispatch.reporting.pay.application;

import io.crewdispatch.reporting.pay.domain.RateChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps each member's rate history from RosterChanged. Most roster changes are about availability,
 * not pay: a change whose rates equal the member's latest ones is not recorded. A change that
 * arrives out of order (older than the latest) is still recorded at its own time, so the history
 * stays right whatever the order.
 */
@Service
public class RecordPayRate {

  private static final Logger log = LoggerFactory.getLogger(RecordPayRate.class);

  private final PayRates rates;

  public RecordPayRate(PayRates rates) {
    this.rates = rates;
  }

  public void record(RateChange change) {
    boolean same =
        rates
            .latest(change.crewId())
            .filter(latest -> !change.effectiveFrom().isBefore(latest.effectiveFrom()))
            .map(latest -> latest.rate().equals(change.rate()))
            .orElse(false);
    if (same) {
      return;
    }
    rates.record(change);
    log.info(
        "event=pay_rate_recorded crewId={} eventId={} effectiveFrom={}",
        change.crewId(),
        change.eventId(),
        change.effectiveFrom());
  }
}
