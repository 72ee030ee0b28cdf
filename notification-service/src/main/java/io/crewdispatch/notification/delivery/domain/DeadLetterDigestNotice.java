package io.crewdispatch.notification.delivery.domain;

import java.util.List;
import java.util.Optional;

/**
 * The office's digest of records no service could handle: one email lists each with what to do.
 * Digests are numbered; {@code sequence} makes its delivery id, so a digest is sent once however
 * often it is tried.
 */
public record DeadLetterDigestNotice(long sequence, List<DeadLetterLine> lines) implements Notice {

  public DeadLetterDigestNotice {
    lines = List.copyOf(lines);
  }

  /** One dead-lettered record, as EventDeadLettered described it. */
  public record DeadLetterLine(
      String id,
      String service,
      String topic,
      int partition,
      long offset,
      String key,
      String eventType,
      String reason) {

    /**
     * What to run once the cause is fixed; a record that was never published cannot be replayed.
     */
    public String whatToDo() {
      if (offset < 0) {
        return "never published: see the charter's timeline and repeat the office action";
      }
      return "./replay-dlt " + topic + "-dlt --partition " + partition + " --offset " + offset;
    }
  }

  @Override
  public String eventId() {
    return "dead-letter-digest-" + sequence;
  }

  @Override
  public NoticeKind kind() {
    return NoticeKind.DEAD_LETTER_DIGEST;
  }

  @Override
  public String key() {
    return "ops";
  }

  @Override
  public Optional<String> charterId() {
    return Optional.empty();
  }
}
