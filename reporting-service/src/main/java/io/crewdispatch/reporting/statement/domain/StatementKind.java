package io.crewdispatch.reporting.statement.domain;

/** The office's summary of the whole month, or one captain's own statement. */
public enum StatementKind {
  OPS_SUMMARY,
  CAPTAIN
}
