package io.crewdispatch.console.board.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

/**
 * One event of a charter as the console keeps it: its id (for idempotency), when it happened (for
 * ordering, whatever order it arrived in) and the few fields the pages need.
 */
public record Fact(
    String charterId,
    String eventId,
    Instant occurredAt,
    FactType type,
    Map<String, String> fields) {

  /** Events of one charter come from several topics; their own time orders them, then their id. */
  public static final Comparator<Fact> CHRONOLOGICAL =
      Comparator.comparing(Fact::occurredAt).thenComparing(Fact::type).thenComparing(Fact::eventId);

  public Fact {
    fields = Map.copyOf(fields);
  }

  public String get(String field) {
    return fields.get(field);
  }

  public boolean has(String field) {
    return fields.containsKey(field);
  }
}
