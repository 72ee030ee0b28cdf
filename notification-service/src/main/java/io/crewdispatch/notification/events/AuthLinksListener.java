package io.crewdispatch.notification.events;

import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.notification.delivery.application.DeliverNotice;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes auth-links: each AcceptLinkIssued becomes the call email (to the captain or crew member,
 * CC the office). Idempotent on eventId through notification-log.
 */
@Component
@KafkaListener(topics = "auth-links", id = "notification-auth-links")
class AuthLinksListener {

  private final DeliverNotice deliverNotice;

  AuthLinksListener(DeliverNotice deliverNotice) {
    this.deliverNotice = deliverNotice;
  }

  @KafkaHandler
  void on(AcceptLinkIssued event) {
    deliverNotice.deliver(NoticeMapper.call(event));
  }

  /**
   * Event types this service has no use for (including a newer producer's): ignored. Without this
   * spring-kafka finds no handler, and an error that is not poison is retried for as long as it
   * lasts, so one such event would stop its partition.
   */
  @KafkaHandler(isDefault = true)
  void ignore(Object event) {}
}
