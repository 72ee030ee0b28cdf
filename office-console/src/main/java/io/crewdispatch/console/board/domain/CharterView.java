package io.crewdispatch.console.board.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A charter at a glance, folded from its facts. {@code factCount} is how many facts the fold saw: a
 * later fold of more facts replaces an earlier one, never the other way round.
 */
public record CharterView(
    String charterId,
    String vessel,
    LocalDate sailDate,
    LocalTime departure,
    LocalTime returnTime,
    ZoneId zone,
    int crewNeeded,
    CharterStatus status,
    boolean paused,
    Seat captain,
    List<Seat> crew,
    List<OpenCall> openCalls,
    String stallReason,
    int factCount) {

  public CharterView {
    crew = List.copyOf(crew);
    openCalls = List.copyOf(openCalls);
  }

  public int crewFilled() {
    return crew.size();
  }

  /** The instant the charter leaves the dock, or null while the booking is unknown. */
  public Instant departs() {
    return sailDate == null || departure == null
        ? null
        : sailDate.atTime(departure).atZone(zone).toInstant();
  }
}
