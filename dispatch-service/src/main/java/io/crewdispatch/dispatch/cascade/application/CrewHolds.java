package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.Hold;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Each person's hold per sail date (port): written only with a charter's save ({@link
 * CharterStore#save}), read here strongly consistent.
 */
public interface CrewHolds {

  /**
   * The holds of these people on {@code sailDate}; {@link Hold#none} for someone holding nothing.
   */
  Map<String, Hold> on(LocalDate sailDate, Collection<String> crewIds);

  /**
   * The holds of several sail dates' people at once, as {@link #on(LocalDate, Collection)} reads
   * each date's: a fetch of bookings for many days needs one read, not one a booking.
   */
  default Map<LocalDate, Map<String, Hold>> on(Map<LocalDate, ? extends Collection<String>> ids) {
    Map<LocalDate, Map<String, Hold>> holds = new java.util.HashMap<>();
    ids.forEach((day, crewIds) -> holds.put(day, on(day, crewIds)));
    return holds;
  }

  /** The member's holds on {@code from} and later: the charters a roster change may release. */
  List<Hold> of(String crewId, LocalDate from);
}
