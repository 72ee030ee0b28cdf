package io.crewdispatch.auth.link.domain;

/** Why a call's links were killed before they were used or expired. */
public enum Revocation {
  CHARTER_CANCELLED,
  FILLED_BY_OTHER,
  SUPERSEDED,
  UNAVAILABLE,
  HELD_ELSEWHERE,
  CERTIFICATE_LAPSED,
  SKIPPED_BY_OFFICE
}
