package io.crewdispatch.notification.events;

import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.events.PortalLinkIssued;
import io.crewdispatch.notification.channel.DeliverCall;
import io.crewdispatch.notification.channel.DeliverPortalLink;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes auth-links: each AcceptLinkIssued becomes the call, on the member's channel (the email
 * CC's the office); each PortalLinkIssued becomes the member's portal link, on their channel (to
 * them alone). Idempotent on eventId and channel through notification-log.
 */
@Component
@KafkaListener(topics = "auth-links", id = "notification-auth-links")
class AuthLinksListener {

  private final DeliverCall deliverCall;
  private final DeliverPortalLink deliverPortalLink;

  AuthLinksListener(DeliverCall deliverCall, DeliverPortalLink deliverPortalLink) {
    this.deliverCall = deliverCall;
    this.deliverPortalLink = deliverPortalLink;
  }

  @KafkaHandler
  void on(AcceptLinkIssued event) {
    deliverCall.deliver(NoticeMapper.call(event), event.getOccurredAt());
  }

  @KafkaHandler
  void on(PortalLinkIssued event) {
    deliverPortalLink.deliver(NoticeMapper.portalLink(event));
  }

  /**
   * Event types this service has no use for (including a newer producer's): ignored. Without this
   * spring-kafka finds no handler, and an error that is not poison is retried for as long as it
   * lasts, so one such event would stop its partition.
   */
  @KafkaHandler(isDefault = true)
  void ignore(Object event) {}
}
