package io.crewdispatch.reporting.statement.domain;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import java.math.BigDecimal;

/**
 * The ledger's own sums over some charters, by the statement's rules: cancelled charters are listed
 * but count for nothing, and reportable revenue needs completed and invoiced. Workbooks show them
 * as cached results of their formulas; tests hold the formulas to them.
 */
public final class StatementTotals {

  private long listed;
  private long counted;
  private long guests;
  private BigDecimal revenue = BigDecimal.ZERO.setScale(2);
  private BigDecimal invoiced = BigDecimal.ZERO.setScale(2);
  private BigDecimal reportable = BigDecimal.ZERO.setScale(2);

  public StatementTotals add(LedgerEntry entry) {
    listed++;
    if (!entry.cancelled()) {
      counted++;
      guests += entry.booking().guestCount();
    }
    revenue = revenue.add(entry.countedRevenue());
    invoiced = invoiced.add(entry.countedInvoiced());
    reportable = reportable.add(entry.reportableRevenue());
    return this;
  }

  /** Charters listed, cancelled ones included. */
  public long listed() {
    return listed;
  }

  /** Charters that count (not cancelled). */
  public long counted() {
    return counted;
  }

  public long guests() {
    return guests;
  }

  public BigDecimal revenue() {
    return revenue;
  }

  public BigDecimal invoiced() {
    return invoiced;
  }

  public BigDecimal reportable() {
    return reportable;
  }
}
