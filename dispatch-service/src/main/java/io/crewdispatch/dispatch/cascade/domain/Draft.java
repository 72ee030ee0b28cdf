package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.timeline.domain.EntryType;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A decision in the making: the charter as it becomes, and what must be announced and noted. Ids of
 * new calls and events are drawn here; once the decision is saved they never change, so a retried
 * publish repeats the same ids.
 */
final class Draft {

  final Instant now;
  final Crewing crewing;
  private final Charter before;
  private final String cause;
  private final boolean recordCause;
  private Charter charter;
  private final List<DispatchEvent> events = new ArrayList<>();
  private final List<TimelineEntry> notes = new ArrayList<>();

  /**
   * @param cause the id of the event being applied, or of the timer firing
   * @param recordCause whether to remember the cause as handled (timers need not: a fired timer
   *     leaves nothing due)
   */
  Draft(Charter charter, String cause, boolean recordCause, Crewing crewing, Instant now) {
    this.charter = charter;
    this.before = charter;
    this.cause = cause;
    this.recordCause = recordCause;
    this.crewing = crewing;
    this.now = now;
  }

  Charter charter() {
    return charter;
  }

  void update(UnaryOperator<Charter> change) {
    charter = change.apply(charter);
  }

  String cause() {
    return cause;
  }

  /** Publishes {@code event} and notes it in the timeline under the event's own id. */
  void emit(DispatchEvent event, EntryType type, String crewId, String detail) {
    events.add(event);
    note(type, crewId, detail, event.eventId());
  }

  /** Notes a step caused by the event (or timer) being applied. */
  void note(EntryType type, String crewId, String detail) {
    note(type, crewId, detail, cause);
  }

  /**
   * Steps of one decision happen at the same instant; a nanosecond apart each, they keep their
   * order in the timeline.
   */
  void note(EntryType type, String crewId, String detail, String sourceEventId) {
    notes.add(new TimelineEntry(now.plusNanos(notes.size()), type, crewId, detail, sourceEventId));
  }

  static String newId() {
    return UUID.randomUUID().toString();
  }

  Decision decision() {
    Charter result = recordCause ? charter.withHandled(cause) : charter;
    return new Decision(result, events, notes, holdWrites(), true);
  }

  /**
   * Every person who gains or loses a seat changes their hold in the same transaction: a hold is
   * added for a new seat holder (on condition of the version this decision read, which is what
   * checked it for overlaps) and dropped for someone who no longer holds one.
   */
  private List<HoldWrite> holdWrites() {
    Set<String> held = before.holders();
    Set<String> holding = charter.holders();
    List<HoldWrite> writes = new ArrayList<>();
    for (String crewId : holding) {
      if (!held.contains(crewId)) {
        Hold hold = requireCrewing().hold(crewId);
        writes.add(new HoldWrite(hold, hold.plus(charter.charterId(), charter.details())));
      }
    }
    for (String crewId : held) {
      if (!holding.contains(crewId)) {
        Hold hold = requireCrewing().hold(crewId);
        if (hold.holds(charter.charterId())) {
          writes.add(new HoldWrite(hold, hold.minus(charter.charterId())));
        }
      }
    }
    return writes;
  }

  private Crewing requireCrewing() {
    if (crewing == null) {
      throw new IllegalStateException("a decision that changes seats needs the holds");
    }
    return crewing;
  }
}
