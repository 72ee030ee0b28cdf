package io.crewdispatch.notification.delivery.domain;

import java.util.Optional;

/**
 * A message no event carries by itself but a timer sends (a call's follow-up text, the day-before
 * reminder): {@code eventId} is the event that scheduled it, {@code deliveryId} names the message
 * itself, so it is sent once however often the timer fires.
 */
public record TextNotice(String eventId, NoticeKind kind, String charter, String deliveryId)
    implements Notice {

  @Override
  public String key() {
    return charter;
  }

  @Override
  public Optional<String> charterId() {
    return Optional.of(charter);
  }
}
