package io.crewdispatch.notification.delivery.domain;

/** Why a call no longer stands. */
public enum WithdrawalReason {
  CHARTER_CANCELLED,
  FILLED_BY_OTHER,
  SUPERSEDED,
  UNAVAILABLE
}
