package io.crewdispatch.console.board.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A charter as the board stores it: every fact of it, in the order they happened, and the view
 * folded from them, at a version that counts the writes that made it (one fact each). A writer
 * stores the next version only if the stored one is still the version it read, so two writers never
 * lose each other's facts.
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
    List<Fact> next = new ArrayList<>(facts);
    next.add(fact);
    next.sort(Fact.CHRONOLOGICAL);
    return new CharterHistory(charterId, version + 1, next, CharterFold.fold(charterId, next));
  }
}
