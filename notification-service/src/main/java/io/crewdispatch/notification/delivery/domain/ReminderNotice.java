package io.crewdispatch.notification.delivery.domain;

import java.util.Optional;

/**
 * The day before a charter, to someone confirmed on it. {@code eventId} is the confirmation that
 * scheduled it; {@code deliveryId} names the reminder (charter and person), so it goes once.
 */
public record ReminderNotice(String eventId, String deliveryId, Person person, Charter charter)
    implements Notice {

  @Override
  public NoticeKind kind() {
    return NoticeKind.REMINDER;
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
