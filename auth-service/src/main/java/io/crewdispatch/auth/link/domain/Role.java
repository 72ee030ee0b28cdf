package io.crewdispatch.auth.link.domain;

/** The seat a call offers. */
public enum Role {
  CAPTAIN,
  CREW;

  /** How the pages name the seat ("captain", "crew"). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
