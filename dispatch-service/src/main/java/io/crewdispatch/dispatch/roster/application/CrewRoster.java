package io.crewdispatch.dispatch.roster.application;

import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.RosterUpdate;
import java.util.List;
import java.util.Optional;

/** Dispatch's persisted projection of the roster (port). */
public interface CrewRoster {

  /**
   * Stores the member's record unless the stored one is newer or came from the same event, so a
   * redelivery or a replay from the beginning of the topic leaves the latest record in place.
   *
   * @return whether the record was stored
   */
  boolean save(RosterUpdate update);

  Optional<CrewMember> find(String crewId);

  /** Every member, whole (a roster is tens of people). */
  List<CrewMember> all();
}
