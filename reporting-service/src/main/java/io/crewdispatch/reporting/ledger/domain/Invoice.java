package io.crewdispatch.reporting.ledger.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** The invoice a booking system raised for a charter. */
public record Invoice(String invoiceId, BigDecimal amount) {

  public Invoice {
    Objects.requireNonNull(invoiceId, "invoiceId");
    amount = Objects.requireNonNull(amount, "amount").setScale(2, RoundingMode.HALF_UP);
  }
}
