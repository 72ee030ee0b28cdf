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

  /** The member's holds on {@code from} and later: the charters a roster change may release. */
  List<Hold> of(String crewId, LocalDate from);
}
