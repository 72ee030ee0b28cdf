package io.crewdispatch.auth.portal.domain;

/** A member's own answer for one day; a day they leave blank is not sent at all. */
public enum DayAnswer {
  AVAILABLE,
  UNAVAILABLE
}
