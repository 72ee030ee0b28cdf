package io.crewdispatch.dispatch.cascade.domain;

/** Why a cascade stalled. */
public enum StallReason {
  /** Nobody could be called at all. */
  NO_CAPTAIN_AVAILABLE,
  /** Captains were called and none took the charter. */
  CAPTAINS_EXHAUSTED,
  /** The captain is confirmed but seats are left with nobody more to call. */
  CREW_UNFILLED,
  /** A booking system sent a sail date no charter can have: recorded, nobody called. */
  SAIL_DATE_OUT_OF_RANGE
}
