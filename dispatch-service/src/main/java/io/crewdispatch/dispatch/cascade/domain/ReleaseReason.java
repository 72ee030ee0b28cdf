package io.crewdispatch.dispatch.cascade.domain;

/** Why a confirmed person lost their seat. */
public enum ReleaseReason {
  UNAVAILABLE,
  RELEASED_BY_OFFICE,
  CERTIFICATE_LAPSED,
  HELD_ELSEWHERE
}
