package io.crewdispatch.roster.assignment.application;

import io.crewdispatch.roster.assignment.domain.Assignment;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What roster-service remembers of each charter's assignment (table roster-assignments). */
public interface AssignmentStore {

  /**
   * The stored assignments of {@code charterIds}, by charter id, read together (one call for a
   * fetch's charters, not one each); a charter with none stored has no entry.
   */
  Map<String, StoredAssignment> findAll(Collection<String> charterIds);

  /**
   * Stores {@code next} if the record is still at {@code before.version()}, remembering {@code
   * eventId} as applied; throws {@link ConcurrentAssignmentUpdateException} otherwise.
   */
  StoredAssignment save(StoredAssignment before, Assignment next, String eventId);

  /** Records that the sheet shows {@code version} (never moves backwards). */
  void markWritten(String charterId, long version);

  /** Assignments whose latest version is not in the sheet yet. */
  List<StoredAssignment> behindSheet();
}
