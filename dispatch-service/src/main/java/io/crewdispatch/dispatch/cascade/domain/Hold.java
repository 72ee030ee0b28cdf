package io.crewdispatch.dispatch.cascade.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one person is confirmed on during one sail date: each charter with its hours, and the
 * version every change of the hold is conditioned on (0: nothing stored yet). A person is never
 * confirmed on two charters whose hours overlap: a confirmation adds the charter to the hold in the
 * same transaction as the charter, on condition the hold is still the version it was decided on.
 */
public record Hold(String crewId, LocalDate sailDate, long version, List<Held> charters) {

  /** One charter of the day, with when it leaves and returns. */
  public record Held(String charterId, Instant departure, Instant returnAt) {

    boolean overlaps(CharterDetails other) {
      return departure.isBefore(other.returnAt()) && other.departure().isBefore(returnAt);
    }
  }

  public Hold {
    charters = List.copyOf(charters);
  }

  public static Hold none(String crewId, LocalDate sailDate) {
    return new Hold(crewId, sailDate, 0, List.of());
  }

  /** Another charter on this hold whose hours overlap those of {@code details}. */
  public Optional<Held> conflict(String charterId, CharterDetails details) {
    return charters.stream()
        .filter(h -> !h.charterId().equals(charterId))
        .filter(h -> h.overlaps(details))
        .findFirst();
  }

  public boolean holds(String charterId) {
    return charters.stream().anyMatch(h -> h.charterId().equals(charterId));
  }

  Hold plus(String charterId, CharterDetails details) {
    conflict(charterId, details)
        .ifPresent(
            other -> {
              throw new IllegalStateException(
                  crewId + " already holds overlapping charter " + other.charterId());
            });
    List<Held> more = new ArrayList<>(without(charterId));
    more.add(new Held(charterId, details.departure(), details.returnAt()));
    return new Hold(crewId, sailDate, version, more);
  }

  Hold minus(String charterId) {
    return new Hold(crewId, sailDate, version, without(charterId));
  }

  private List<Held> without(String charterId) {
    return charters.stream().filter(h -> !h.charterId().equals(charterId)).toList();
  }
}
