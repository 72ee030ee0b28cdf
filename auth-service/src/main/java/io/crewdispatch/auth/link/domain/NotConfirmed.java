package io.crewdispatch.auth.link.domain;

/**
 * Why an accepted call did not end in a seat: the reasons of a withdrawn call and of a released
 * seat, in one list, so the page can say it in plain words.
 */
public enum NotConfirmed {
  HELD_ELSEWHERE,
  UNAVAILABLE,
  FILLED_BY_OTHER,
  CHARTER_CANCELLED,
  CERTIFICATE_LAPSED,
  RELEASED_BY_OFFICE,
  SKIPPED_BY_OFFICE,
  SUPERSEDED;

  static NotConfirmed of(Revocation revocation) {
    return valueOf(revocation.name());
  }
}
