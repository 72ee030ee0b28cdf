package io.crewdispatch.reporting.ledger.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Who is on board, as dispatch last said: the captain (null until confirmed, and again after they
 * become unavailable), the crew, and whether the charter was fully staffed.
 */
public record Staffing(Person captain, List<Person> crew, boolean staffed) {

  public static final Staffing NONE = new Staffing(null, List.of(), false);

  public Staffing {
    crew = List.copyOf(crew);
  }

  /** A captain confirmed; a different captain means the crew is being called anew. */
  Staffing confirm(Person confirmed) {
    boolean same = captain != null && captain.crewId().equals(confirmed.crewId());
    return new Staffing(confirmed, crew, staffed && same);
  }

  /**
   * A crew member took a seat; the same person again (a redelivery, a re-assign) keeps one seat.
   */
  Staffing confirmCrew(Person member) {
    List<Person> seated = new ArrayList<>(crew);
    seated.removeIf(p -> p.crewId().equals(member.crewId()));
    seated.add(member);
    return new Staffing(captain, seated, staffed);
  }

  Staffing staff(Person captain, List<Person> crew) {
    return new Staffing(captain, crew, true);
  }

  /** Someone confirmed became unavailable: their seat is open until dispatch fills it. */
  Staffing release(String crewId) {
    if (captain != null && captain.crewId().equals(crewId)) {
      return new Staffing(null, crew, false);
    }
    List<Person> remaining = new ArrayList<>(crew);
    return remaining.removeIf(p -> p.crewId().equals(crewId))
        ? new Staffing(captain, remaining, false)
        : this;
  }
}
