package io.crewdispatch.dispatch.roster.domain;

/**
 * A member's answer for one day; a day without an answer is unknown, and unknown is never called.
 */
public enum DayAvailability {
  AVAILABLE,
  UNAVAILABLE
}
