package io.crewdispatch.console.board.application;

import io.crewdispatch.console.board.domain.CharterHistory;
import io.crewdispatch.console.config.ConsoleProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The histories this instance last wrote or read, for the charters it heard of most recently: a
 * charter's events come close together (booked, called, the call's email), so the next event finds
 * its charter here and costs one conditional put instead of a read and a put. Never a source of
 * truth: another writer may have stored a newer version since, and then the put's version check
 * fails and the table is read again. Facts are only ever added, so every fact held here is stored.
 */
@Component
class RecentCharters {

  private final Map<String, CharterHistory> histories;

  RecentCharters(ConsoleProperties properties) {
    int capacity = properties.recentCharters();
    // Access order: the charter heard of least recently goes first.
    this.histories =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, CharterHistory> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized Optional<CharterHistory> get(String charterId) {
    return Optional.ofNullable(histories.get(charterId));
  }

  /** Holds {@code history} unless a later version of the charter is held already. */
  synchronized void keep(CharterHistory history) {
    histories.merge(
        history.charterId(),
        history,
        (held, next) -> next.version() > held.version() ? next : held);
  }
}
