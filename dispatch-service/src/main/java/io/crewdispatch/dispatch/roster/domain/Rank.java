package io.crewdispatch.dispatch.roster.domain;

/** A member's rank, and the role a call is for. */
public enum Rank {
  CAPTAIN,
  CREW
}
