package io.crewdispatch.roster.member.domain;

/** A member's answer for one day; a day without an answer is unknown and simply absent. */
public enum DayAvailability {
  AVAILABLE,
  UNAVAILABLE
}
