package io.crewdispatch.dispatch.cascade.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The deadlines this instance knows of, in memory: each charter it saves tells it when it is due
 * next, and the timer poller's reads of the index add the others'. Checking it costs no DynamoDB
 * call, so the index itself is read only as a safety net (a deadline or an outbox left by an
 * instance that stopped). It is only a wake-up list: what is due is decided on the charter as
 * stored, so an entry that went stale fires a look at the charter and nothing more.
 */
@Component
public class TimerAgenda {

  private static final Comparator<DueCharter> EARLIEST =
      Comparator.comparing(DueCharter::dueAt).thenComparing(DueCharter::charterId);

  private final Map<String, DueCharter> byCharter = new HashMap<>();
  private final NavigableSet<DueCharter> byTime = new TreeSet<>(EARLIEST);

  /** The charter as this instance just saved it: its next due time replaces any noted before. */
  synchronized void saved(StoredCharter stored) {
    String charterId = stored.charter().charterId();
    forget(charterId);
    stored.dueAt().ifPresent(due -> add(new DueCharter(charterId, due)));
  }

  /**
   * The charter as just read, when a look at it changed nothing: a due time still ahead is kept
   * (the entry that woke this look was taken). One already past is left to the next table poll, so
   * a charter that stays due without anything to do is not looked at on every tick.
   */
  synchronized void looked(StoredCharter stored, Instant now) {
    if (stored.dueAt().filter(due -> due.isAfter(now)).isPresent()) {
      saved(stored);
    }
  }

  /**
   * A due time read from the index (which may lag the table): kept unless an earlier one is noted,
   * since firing early only costs a look at the charter.
   */
  public synchronized void found(DueCharter due) {
    DueCharter known = byCharter.get(due.charterId());
    if (known == null || due.dueAt().isBefore(known.dueAt())) {
      forget(due.charterId());
      add(due);
    }
  }

  /** Removes and returns what is due by {@code until}, earliest first. */
  public synchronized List<DueCharter> takeDueBy(Instant until) {
    List<DueCharter> due = new ArrayList<>();
    while (!byTime.isEmpty() && !byTime.first().dueAt().isAfter(until)) {
      DueCharter next = byTime.pollFirst();
      byCharter.remove(next.charterId());
      due.add(next);
    }
    return due;
  }

  synchronized Optional<DueCharter> of(String charterId) {
    return Optional.ofNullable(byCharter.get(charterId));
  }

  private void add(DueCharter due) {
    byCharter.put(due.charterId(), due);
    byTime.add(due);
  }

  private void forget(String charterId) {
    DueCharter known = byCharter.remove(charterId);
    if (known != null) {
      byTime.remove(known);
    }
  }
}
