package io.crewdispatch.reporting.statement.domain;

/**
 * The office's summary of the whole month, a captain's or a crew member's own statement, or the
 * payroll file that comes with the summary (stored beside it, announced with it).
 */
public enum StatementKind {
  OPS_SUMMARY,
  CAPTAIN,
  CREW,
  PAYROLL
}
