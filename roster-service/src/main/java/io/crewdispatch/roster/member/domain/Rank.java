package io.crewdispatch.roster.member.domain;

/** Captains are called first; crew sail with a captain. */
public enum Rank {
  CAPTAIN,
  CREW
}
