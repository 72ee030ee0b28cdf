package io.crewdispatch.dispatch.cascade.dynamodb;

import io.crewdispatch.dispatch.cascade.application.StoredCharter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The charters this instance read or wrote lately, each at the highest version seen (a version is
 * never reused: charters are not deleted), the least recently used dropped beyond the capacity.
 * Writes finishing out of order on two threads cannot step a charter back.
 */
final class LastSeenCharters {

  private final Map<String, StoredCharter> byId;

  LastSeenCharters(int capacity) {
    this.byId =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, StoredCharter> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized void saw(StoredCharter stored) {
    byId.merge(
        stored.charter().charterId(),
        stored,
        (known, seen) -> seen.version() >= known.version() ? seen : known);
  }

  synchronized Optional<StoredCharter> get(String charterId) {
    return Optional.ofNullable(byId.get(charterId));
  }
}
