package io.crewdispatch.notification.delivery.domain;

import java.util.Optional;

/**
 * An alert texted to one of the office's phones: the alert's own delivery id and the number name
 * the message, so each phone gets it once, however often the alert is handled.
 */
public record OfficeTextNotice(Notice alert, String phone) implements Notice {

  @Override
  public String eventId() {
    return alert.eventId();
  }

  @Override
  public NoticeKind kind() {
    return alert.kind();
  }

  @Override
  public String key() {
    return alert.key();
  }

  @Override
  public Optional<String> charterId() {
    return alert.charterId();
  }

  @Override
  public String deliveryId() {
    return alert.deliveryId() + "#" + phone;
  }
}
