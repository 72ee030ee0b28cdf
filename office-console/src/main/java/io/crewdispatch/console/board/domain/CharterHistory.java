package io.crewdispatch.console.board.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A charter as the board stores it: every fact of it, in the order they happened, and the view
 * folded from them, at a version that counts the facts stored (a write of several facts adds as
 * many). A writer stores the next version only if the stored one is still the version it read, so
 * two writers never lose each other's facts.
 */
public record CharterHistory(String charterId, long version, List<Fact> facts, CharterView view) {

  public CharterHistory {
    facts = List.copyOf(facts);
  }

  /** Before the charter's first fact: nothing stored, version 0. */
  public static CharterHistory none(String charterId) {
    return new CharterHistory(charterId, 0, List.of(), null);
  }

  public boolean holds(String eventId) {
    return facts.stream().anyMatch(f -> f.eventId().equals(eventId));
  }

  /** The next version: this history and {@code fact}, refolded from all of them. */
  public CharterHistory with(Fact fact) {
    return with(List.of(fact));
  }

  /**
   * The next version: this history and those of {@code more} it does not hold yet (each event
   * once), refolded once from all of them; this history itself when it holds them all.
   */
  public CharterHistory with(List<Fact> more) {
    Set<String> held = new HashSet<>();
    facts.forEach(f -> held.add(f.eventId()));
    List<Fact> next = new ArrayList<>(facts);
    for (Fact fact : more) {
      if (!fact.charterId().equals(charterId)) {
        throw new IllegalArgumentException(fact.eventId() + " is not of charter " + charterId);
      }
      if (held.add(fact.eventId())) {
        next.add(fact);
      }
    }
    if (next.size() == facts.size()) {
      return this;
    }
    next.sort(Fact.CHRONOLOGICAL);
    int added = next.size() - facts.size();
    return new CharterHistory(charterId, version + added, next, CharterFold.fold(charterId, next));
  }
}
