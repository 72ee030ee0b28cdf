package io.crewdispatch.dispatch.cascade.domain;

/** Where one call stands. */
public enum CallState {
  /** Waiting for an answer until {@code respondBy}. */
  OPEN,
  /** The callee holds the seat. */
  ACCEPTED,
  DECLINED,
  /** No answer in time: the cascade moved on, but a late accept may still win an open seat. */
  TIMED_OUT,
  WITHDRAWN,
  /** Held the seat, then became unavailable. */
  RELEASED
}
