package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.DispatchEvent;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What saved decisions still have to publish and write to the timeline, kept in the charter's item
 * so a crash between saving and publishing loses nothing. One instance at a time holds the lease to
 * send it, which keeps a charter's events in order and sent once.
 */
public record Outbox(
    List<DispatchEvent> events, List<TimelineEntry> notes, String leaseOwner, Instant leaseUntil) {

  public static final Outbox EMPTY = new Outbox(List.of(), List.of(), null, null);

  public Outbox {
    events = List.copyOf(events);
    notes = List.copyOf(notes);
  }

  public boolean isEmpty() {
    return events.isEmpty() && notes.isEmpty();
  }

  /** Nobody holds the lease, or its holder ran out of time (and maybe crashed). */
  public boolean leaseFree(Instant now) {
    return leaseOwner == null || !leaseUntil.isAfter(now);
  }

  public boolean heldBy(String owner) {
    return owner.equals(leaseOwner);
  }

  Outbox plus(List<DispatchEvent> moreEvents, List<TimelineEntry> moreNotes) {
    List<DispatchEvent> allEvents = new ArrayList<>(events);
    allEvents.addAll(moreEvents);
    List<TimelineEntry> allNotes = new ArrayList<>(notes);
    allNotes.addAll(moreNotes);
    return new Outbox(allEvents, allNotes, leaseOwner, leaseUntil);
  }

  Outbox leasedTo(String owner, Instant until) {
    return new Outbox(events, notes, owner, until);
  }

  /** What is left once {@code sent} went out; the lease is dropped when nothing is left. */
  Outbox without(Outbox sent) {
    Set<String> sentIds =
        sent.events.stream().map(DispatchEvent::eventId).collect(Collectors.toSet());
    List<DispatchEvent> leftEvents =
        events.stream().filter(e -> !sentIds.contains(e.eventId())).toList();
    List<TimelineEntry> leftNotes = notes.stream().filter(n -> !sent.notes.contains(n)).toList();
    Outbox left = new Outbox(leftEvents, leftNotes, leaseOwner, leaseUntil);
    return left.isEmpty() ? EMPTY : left;
  }
}
