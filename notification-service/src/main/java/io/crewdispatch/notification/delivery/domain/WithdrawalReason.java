package io.crewdispatch.notification.delivery.domain;

/** Why a call no longer stands. */
public enum WithdrawalReason {
  CHARTER_CANCELLED,
  FILLED_BY_OTHER,
  SUPERSEDED,
  UNAVAILABLE,
  /** The person accepted, but already holds a charter whose hours overlap (DESIGN.md flow 10). */
  HELD_ELSEWHERE,
  CERTIFICATE_LAPSED,
  SKIPPED_BY_OFFICE
}
