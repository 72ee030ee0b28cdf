package io.crewdispatch.reporting.pay.domain;

/** The seat a person held on a charter. */
public enum Role {
  CAPTAIN("Captain"),
  CREW("Crew");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
