package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.Charter;
import java.time.Instant;
import java.util.Optional;

/**
 * A charter as stored: its cascade, the version every write is conditioned on, and its outbox.
 *
 * @param version 1 for a new charter; each save must find the version before it
 */
public record StoredCharter(Charter charter, long version, Outbox outbox) {

  /**
   * When the timer poller must look at this charter: a call's deadline, a call waiting for the
   * morning, or an outbox whose sender may have died (when its lease runs out).
   */
  public Optional<Instant> dueAt() {
    Optional<Instant> deadline = charter.nextDeadline();
    if (outbox.isEmpty() || outbox.leaseUntil() == null) {
      return deadline;
    }
    Instant lease = outbox.leaseUntil();
    return Optional.of(deadline.filter(d -> d.isBefore(lease)).orElse(lease));
  }

  StoredCharter next(Charter changed, Outbox newOutbox) {
    return new StoredCharter(changed, version + 1, newOutbox);
  }
}
