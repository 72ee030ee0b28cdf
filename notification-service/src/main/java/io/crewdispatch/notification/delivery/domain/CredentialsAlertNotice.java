package io.crewdispatch.notification.delivery.domain;

import java.util.Optional;

/**
 * The office is told that mail stopped going out because the mail account's credentials were
 * refused. It is caused by the delivery that found out ({@code trigger}) and logged under its own
 * id, so a redelivery of that event does not alert twice.
 */
public record CredentialsAlertNotice(Notice trigger, String problem) implements Notice {

  @Override
  public String eventId() {
    return trigger.eventId();
  }

  @Override
  public NoticeKind kind() {
    return NoticeKind.CREDENTIALS_ALERT;
  }

  @Override
  public String key() {
    return trigger.key();
  }

  @Override
  public Optional<String> charterId() {
    return trigger.charterId();
  }

  @Override
  public String deliveryId() {
    return "credentials-alert:" + trigger.eventId();
  }
}
