package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.Charter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Charters found by something other than their id (port). Index reads are eventually consistent:
 * what they return is re-read through {@link CharterStore} before anything is decided on it.
 */
public interface CharterIndexes {

  /**
   * Charters due for the timer poller by {@code until}, at most {@code limit} per index shard, the
   * earliest first.
   */
  DuePage due(Instant until, int limit);

  /**
   * The charters STALLED in {@code month} sailing on {@code from} or later (a sparse index holds
   * only stalled charters, so this reads no others). Eventually consistent: a roster change uses it
   * to find charters it may resume, and each is re-read before anything is decided.
   */
  List<StalledCharter> stalled(YearMonth month, LocalDate from);

  List<Charter> inMonth(YearMonth month);
}
