package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.DispatchEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Events that saved decisions still have to publish, kept in the charter's item so a crash between
 * saving and publishing loses nothing. One instance at a time holds the lease to send them, which
 * keeps a charter's events in order and sent once.
 */
public record Outbox(List<DispatchEvent> events, String leaseOwner, Instant leaseUntil) {

  public static final Outbox EMPTY = new Outbox(List.of(), null, null);

  public Outbox {
    events = List.copyOf(events);
  }

  public boolean isEmpty() {
    return events.isEmpty();
  }

  /** Nobody holds the lease, or its holder ran out of time (and maybe crashed). */
  public boolean leaseFree(Instant now) {
    return leaseOwner == null || !leaseUntil.isAfter(now);
  }

  public boolean heldBy(String owner) {
    return owner.equals(leaseOwner);
  }

  Outbox plus(List<DispatchEvent> more) {
    List<DispatchEvent> all = new ArrayList<>(events);
    all.addAll(more);
    return new Outbox(all, leaseOwner, leaseUntil);
  }

  Outbox leasedTo(String owner, Instant until) {
    return new Outbox(events, owner, until);
  }

  /** What is left once {@code sent} went out; the lease is dropped when nothing is left. */
  Outbox without(Outbox sent) {
    Set<String> sentIds =
        sent.events.stream().map(DispatchEvent::eventId).collect(Collectors.toSet());
    List<DispatchEvent> left = events.stream().filter(e -> !sentIds.contains(e.eventId())).toList();
    return left.isEmpty() ? EMPTY : new Outbox(left, leaseOwner, leaseUntil);
  }
}
