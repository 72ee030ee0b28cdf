package io.crewdispatch.notification.delivery.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A confirmed person lost their seat (SeatReleased, at {@code occurredAt}): they are told why, the
 * office is copied, and the charter is taken off their calendar.
 */
public record ReleaseNotice(
    String eventId, Person person, Charter charter, ReleaseReason reason, Instant occurredAt)
    implements Notice {

  /** Why the seat went, as dispatch said. */
  public enum ReleaseReason {
    UNAVAILABLE,
    RELEASED_BY_OFFICE,
    CERTIFICATE_LAPSED,
    HELD_ELSEWHERE
  }

  @Override
  public NoticeKind kind() {
    return NoticeKind.RELEASED;
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
