package io.crewdispatch.reporting.pay.application;

import io.crewdispatch.reporting.pay.domain.RateChange;
import io.crewdispatch.reporting.pay.domain.RateHistory;
import java.util.Optional;

/** Where members' rate changes are kept (table {@code crew-pay-rates}). */
public interface PayRates {

  /** The member's latest recorded change, if any. */
  Optional<RateChange> latest(String crewId);

  /** Records a change; recording the same change again (a redelivery) changes nothing. */
  void record(RateChange change);

  /** Every member's changes: a few per member and year, small enough to hold for a build. */
  RateHistory history();
}
