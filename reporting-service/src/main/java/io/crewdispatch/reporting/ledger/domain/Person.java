package io.crewdispatch.reporting.ledger.domain;

import java.util.Objects;

/**
 * A captain or crew member as dispatch-service named them on the charter. The email is kept only so
 * the captain's statement can be addressed; it is never logged.
 */
public record Person(String crewId, String name, String email) {

  public Person {
    Objects.requireNonNull(crewId, "crewId");
    Objects.requireNonNull(name, "name");
  }
}
