package io.crewdispatch.dispatch.cascade.domain;

/** Why a cascade stalled. */
public enum StallReason {
  /** Nobody could be called at all. */
  NO_CAPTAIN_AVAILABLE,
  /** Captains were called and none took the charter. */
  CAPTAINS_EXHAUSTED,
  /** The captain is confirmed but seats are left with nobody more to call. */
  CREW_UNFILLED
}
