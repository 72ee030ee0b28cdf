package io.crewdispatch.notification.delivery.domain;

import java.util.Optional;

/** A captain accepted and is the charter's captain. */
public record ConfirmationNotice(String eventId, Person captain, Charter charter)
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
