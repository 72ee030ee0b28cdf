package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.Charter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Charters found by something other than their id (port). Index reads are eventually consistent:
 * what they return is re-read through {@link CharterStore} before anything is decided on it, except
 * for the day's other charters, whose seats are only a reason to skip someone.
 */
public interface CharterIndexes {

  /** Charters due for the timer poller by {@code until}, earliest first in each index shard. */
  List<DueCharter> due(Instant until, int limit);

  /**
   * The charters sailing on {@code sailDate} that hold someone (an accepted call) and are not
   * cancelled: the only ones that can make a person busy. Charters holding nobody are left out
   * here, by the index read, so a busy day does not cost a read of every charter on it.
   */
  List<Charter> holdingCrewOn(LocalDate sailDate);

  List<Charter> inMonth(YearMonth month);
}
