package io.crewdispatch.roster.member.domain;

/** How a member wants calls: the Roster tab's optional Channel column (blank means email). */
public enum Channel {
  EMAIL,
  SMS,
  BOTH
}
