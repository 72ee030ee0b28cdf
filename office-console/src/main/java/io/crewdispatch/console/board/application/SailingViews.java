package io.crewdispatch.console.board.application;

import io.crewdispatch.console.board.domain.CharterView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The views of the board's days, held by this instance: every open board reads them again on each
 * change, and querying a few hundred views from the table per change cost more than the change.
 * They are loaded from the table when the board's days are first asked for (and again when the days
 * move on); each view this instance folds then replaces one of fewer facts.
 */
@Component
public class SailingViews {

  private final BoardStore store;
  private final Map<String, CharterView> views = new ConcurrentHashMap<>();
  private volatile LocalDate from;
  private volatile LocalDate to;

  SailingViews(BoardStore store) {
    this.store = store;
  }

  /** The views of charters sailing from {@code from} to {@code to}, both included. */
  public List<CharterView> sailing(LocalDate from, LocalDate to) {
    synchronized (this) {
      if (!from.equals(this.from) || !to.equals(this.to)) {
        this.from = from;
        this.to = to;
        views.clear();
        // Saved views are kept from now on; the query below sees every view saved before.
        store.sailing(from, to).forEach(this::keep);
      }
    }
    return views.values().stream().filter(v -> within(v, from, to)).toList();
  }

  void keep(CharterView view) {
    if (within(view, from, to)) {
      views.merge(
          view.charterId(),
          view,
          (held, folded) -> folded.factCount() >= held.factCount() ? folded : held);
    } else {
      views.remove(view.charterId()); // its sail date moved out of the board's days
    }
  }

  private static boolean within(CharterView view, LocalDate from, LocalDate to) {
    return from != null
        && view.sailDate() != null
        && !view.sailDate().isBefore(from)
        && !view.sailDate().isAfter(to);
  }
}
