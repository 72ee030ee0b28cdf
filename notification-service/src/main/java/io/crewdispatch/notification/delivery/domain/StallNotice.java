package io.crewdispatch.notification.delivery.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The cascade ran out of people; the office must step in. */
public record StallNotice(String eventId, Charter charter, Reason reason, List<Attempt> attempts)
    implements Notice {

  /** Why the cascade stalled. */
  public enum Reason {
    NO_CAPTAIN_AVAILABLE,
    CAPTAINS_EXHAUSTED,
    CREW_UNFILLED
  }

  /** How one call of the cascade ended. */
  public enum Outcome {
    DECLINED,
    TIMED_OUT,
    WITHDRAWN
  }

  /** One call made during the cascade. */
  public record Attempt(String crewId, String name, Instant calledAt, Outcome outcome) {}

  public StallNotice {
    attempts = List.copyOf(attempts);
  }

  @Override
  public NoticeKind kind() {
    return NoticeKind.STALL_ALERT;
  }

  @Override
  public String key() {
    return charter.charterId();
  }

  @Override
  public Optional<String> charterId() {
    return Optional.of(charter.charterId());
  }
}
