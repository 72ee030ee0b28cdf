package io.crewdispatch.reporting.pay.domain;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.Person;
import java.math.BigDecimal;

/**
 * What a person confirmed on a charter that was then cancelled is paid. The office has not decided
 * this; the default ({@link #NOTHING}) pays nothing, as the statement's rules say ("a cancelled
 * charter counts for nothing"). An office that pays, say, half a day rate for a late cancellation
 * provides its own bean of this type (reporting-service README, "Pay").
 */
@FunctionalInterface
public interface CancellationPayPolicy {

  CancellationPayPolicy NOTHING = (charter, person, role, rate) -> BigDecimal.ZERO;

  /**
   * @return the amount to pay (zero or more) for {@code charter}, which is cancelled
   */
  BigDecimal payForCancelled(LedgerEntry charter, Person person, Role role, PayRate rate);
}
