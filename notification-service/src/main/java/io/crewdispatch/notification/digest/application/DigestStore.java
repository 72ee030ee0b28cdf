package io.crewdispatch.notification.digest.application;

import io.crewdispatch.notification.delivery.domain.DeadLetterDigestNotice.DeadLetterLine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the pending digest, kept durably so a restart loses no line and, with conditional writes,
 * two instances never send two digests within the gap.
 */
public interface DigestStore {

  /**
   * Adds a line unless a line with its id was added before, pending or already sent: a redelivered
   * or repeated EventDeadLettered is reported once.
   */
  void add(DeadLetterLine line);

  /**
   * The batch to send now: the one frozen earlier and not yet recorded sent, else (when the last
   * digest went out at least {@code gap} ago) every pending line, frozen as the next batch. Empty
   * when nothing is due or another instance froze it first.
   */
  Optional<Batch> due(Instant now, Duration gap);

  /**
   * Takes the batch's lines off and remembers when it went, if the batch is still the current one.
   */
  void sent(Batch batch, Instant now);

  /** A numbered set of lines; the number makes the digest's delivery id. */
  record Batch(long sequence, List<DeadLetterLine> lines) {}
}
