package io.crewdispatch.reporting.pay.domain;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A charter of the statement with what everyone on board earns from it (captain first). */
public record PaidCharter(LedgerEntry entry, List<PersonPay> pay) {

  public PaidCharter {
    Objects.requireNonNull(entry, "entry");
    pay = List.copyOf(pay);
  }

  public BigDecimal totalPay() {
    return pay.stream().map(PersonPay::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
