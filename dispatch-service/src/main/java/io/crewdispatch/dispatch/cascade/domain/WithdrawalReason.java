package io.crewdispatch.dispatch.cascade.domain;

/** Why a call no longer stands. */
public enum WithdrawalReason {
  CHARTER_CANCELLED,
  FILLED_BY_OTHER,
  SUPERSEDED,
  UNAVAILABLE,
  /** The person is confirmed on another charter whose hours overlap. */
  HELD_ELSEWHERE,
  /** A captain's licence lapses before the sail date. */
  CERTIFICATE_LAPSED,
  SKIPPED_BY_OFFICE
}
