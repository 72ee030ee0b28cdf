package io.crewdispatch.notification.delivery.application;

import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.domain.Notice;

/**
 * Port: tells the rest of the system what became of a notice (NotificationSent or
 * NotificationFailed). Each publication's event id is derived from the notice, so publishing again
 * after a crash gives consumers a duplicate they already ignore.
 */
public interface DeliveryEvents {

  void sent(Notice notice, Email email, String messageId);

  void failed(Notice notice, Email email, DeliveryStatus status, String error);
}
