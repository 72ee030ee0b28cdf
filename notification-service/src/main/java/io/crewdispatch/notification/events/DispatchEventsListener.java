package io.crewdispatch.notification.events;

import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.SeatReleased;
import io.crewdispatch.notification.delivery.application.DeliverNotice;
import io.crewdispatch.platform.kafka.EventChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes dispatch-events: withdrawals, confirmations, staffing and stalls each become one email.
 * Idempotent on eventId through notification-log.
 */
@Component
@KafkaListener(topics = "dispatch-events", id = "notification-dispatch-events")
class DispatchEventsListener {

  private static final Logger log = LoggerFactory.getLogger(DispatchEventsListener.class);

  private final DeliverNotice deliverNotice;

  DispatchEventsListener(DeliverNotice deliverNotice) {
    this.deliverNotice = deliverNotice;
  }

  /** Calls are emailed from auth-links' AcceptLinkIssued, which carries the links. */
  @KafkaHandler
  void on(CaptainCalled event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
    log.debug("event=ignored type=CaptainCalled reason=emailed_from_AcceptLinkIssued");
  }

  /** Calls are emailed from auth-links' AcceptLinkIssued, which carries the links. */
  @KafkaHandler
  void on(CrewCalled event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
    log.debug("event=ignored type=CrewCalled reason=emailed_from_AcceptLinkIssued");
  }

  @KafkaHandler
  void on(CallWithdrawn event) {
    deliverNotice.deliver(NoticeMapper.withdrawal(event));
  }

  @KafkaHandler
  void on(SeatReleased event) {
    deliverNotice.deliver(NoticeMapper.release(event));
  }

  @KafkaHandler
  void on(CaptainConfirmed event) {
    deliverNotice.deliver(NoticeMapper.confirmation(event));
  }

  @KafkaHandler
  void on(CharterStaffed event) {
    deliverNotice.deliver(NoticeMapper.staffed(event));
  }

  @KafkaHandler
  void on(CascadeStalled event) {
    deliverNotice.deliver(NoticeMapper.stall(event));
  }

  /**
   * Event types this service has no use for (including a newer producer's): ignored. Without this
   * spring-kafka finds no handler, and an error that is not poison is retried for as long as it
   * lasts, so one such event would stop its partition.
   */
  @KafkaHandler(isDefault = true)
  void ignore(Object event) {}
}
