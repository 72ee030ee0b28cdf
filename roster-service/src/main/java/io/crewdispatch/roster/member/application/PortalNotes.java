package io.crewdispatch.roster.member.application;

import io.crewdispatch.roster.member.domain.Rejection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the Sync Status tab says about portal answers the office's later edit overruled, for a week
 * after (kept in this instance's memory: a restart forgets them, the sheet's cells do not change).
 */
@Component
class PortalNotes {

  private static final Duration KEPT = Duration.ofDays(7);

  private record Note(Rejection line, Instant at) {}

  private final Clock clock;
  private final List<Note> notes = new ArrayList<>();

  PortalNotes(Clock clock) {
    this.clock = clock;
  }

  synchronized void add(List<Rejection> lines) {
    lines.forEach(l -> notes.add(new Note(l, clock.instant())));
  }

  synchronized List<Rejection> current() {
    Instant oldest = clock.instant().minus(KEPT);
    notes.removeIf(n -> n.at().isBefore(oldest));
    return notes.stream().map(Note::line).toList();
  }
}
