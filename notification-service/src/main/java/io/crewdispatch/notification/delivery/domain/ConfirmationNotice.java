package io.crewdispatch.notification.delivery.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A person is confirmed on the charter (CaptainConfirmed, CrewConfirmed) by the event at {@code
 * occurredAt}: they are told, with the office copied, and invited to it in their calendar.
 */
public record ConfirmationNotice(String eventId, Person person, Charter charter, Instant occurredAt)
    implements Notice {

  @Override
  public NoticeKind kind() {
    return NoticeKind.CONFIRMED;
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
