package io.crewdispatch.dispatch.roster.domain;

/** How a member wants to be called, as the Roster tab says. */
public enum Channel {
  EMAIL,
  SMS,
  BOTH
}
