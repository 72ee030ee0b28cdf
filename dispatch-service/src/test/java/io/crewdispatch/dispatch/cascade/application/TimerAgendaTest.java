package io.crewdispatch.dispatch.cascade.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The in-memory wake-up list: what a save says replaces what was noted; the index only adds. */
class TimerAgendaTest {

  static final Instant T = Instant.parse("2026-06-01T16:00:00Z");

  TimerAgenda agenda = new TimerAgenda();

  @Test
  void whatIsDueComesOutEarliestFirstAndOnlyOnce() {
    agenda.found(new DueCharter("b", T.plusSeconds(2)));
    agenda.found(new DueCharter("a", T.plusSeconds(1)));
    agenda.found(new DueCharter("c", T.plusSeconds(9)));

    assertThat(agenda.takeDueBy(T.plusSeconds(2)))
        .containsExactly(
            new DueCharter("a", T.plusSeconds(1)), new DueCharter("b", T.plusSeconds(2)));
    assertThat(agenda.takeDueBy(T.plusSeconds(2))).isEmpty();
    assertThat(agenda.of("c")).contains(new DueCharter("c", T.plusSeconds(9)));
  }

  @Test
  void anIndexReadKeepsTheEarlierOfTwoDueTimes() {
    agenda.found(new DueCharter("a", T.plusSeconds(5)));
    agenda.found(new DueCharter("a", T.plusSeconds(9))); // a lagging index

    assertThat(agenda.of("a")).contains(new DueCharter("a", T.plusSeconds(5)));
  }
}
