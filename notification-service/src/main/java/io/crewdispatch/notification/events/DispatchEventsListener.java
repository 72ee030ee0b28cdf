package io.crewdispatch.notification.events;

import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.SeatReleased;
import io.crewdispatch.notification.delivery.application.DeliverNotice;
import io.crewdispatch.notification.delivery.domain.ConfirmationNotice;
import io.crewdispatch.notification.delivery.domain.Person;
import io.crewdispatch.notification.delivery.domain.ReleaseNotice;
import io.crewdispatch.notification.delivery.domain.Role;
import io.crewdispatch.notification.delivery.domain.StallNotice;
import io.crewdispatch.notification.delivery.domain.WithdrawalNotice;
import io.crewdispatch.notification.schedule.application.FollowUps;
import io.crewdispatch.notification.schedule.application.Reminders;
import io.crewdispatch.platform.kafka.EventChecks;
import io.crewdispatch.platform.kafka.OneConsumer;
import io.crewdispatch.platform.kafka.SideConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes dispatch-events: withdrawals, releases, confirmations, staffing and stalls each become
 * one email. Idempotent on eventId through notification-log.
 */
@Component
@KafkaListener(
    topics = "dispatch-events",
    id = "notification-dispatch-events",
    concurrency = OneConsumer.FOR_ALL_PARTITIONS,
    properties = {SideConsumer.FETCH_MIN_BYTES, SideConsumer.FETCH_MAX_WAIT})
class DispatchEventsListener {

  private static final Logger log = LoggerFactory.getLogger(DispatchEventsListener.class);

  private final DeliverNotice deliverNotice;
  private final FollowUps followUps;
  private final Reminders reminders;

  DispatchEventsListener(DeliverNotice deliverNotice, FollowUps followUps, Reminders reminders) {
    this.deliverNotice = deliverNotice;
    this.followUps = followUps;
    this.reminders = reminders;
  }

  /**
   * Calls are sent from auth-links' AcceptLinkIssued, which carries the links. A new captain call
   * means the previous captain's has ended (declined or timed out): its follow-up text is not sent.
   */
  @KafkaHandler
  void on(CaptainCalled event) {
    String charterId = EventChecks.requireText(event.getCharterId(), "charterId");
    followUps.captainCalled(charterId, event.getAttempt(), event.getOccurredAt());
  }

  /** Calls are emailed from auth-links' AcceptLinkIssued, which carries the links. */
  @KafkaHandler
  void on(CrewCalled event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
    log.debug("event=ignored type=CrewCalled reason=emailed_from_AcceptLinkIssued");
  }

  @KafkaHandler
  void on(CallWithdrawn event) {
    WithdrawalNotice notice = NoticeMapper.withdrawal(event);
    followUps.cancel(
        notice.charter().charterId(),
        notice.callee().crewId(),
        notice.callee().role(),
        event.getOccurredAt());
    reminders.off(notice.charter().charterId(), notice.callee().crewId(), event.getOccurredAt());
    deliverNotice.deliver(notice);
  }

  @KafkaHandler
  void on(SeatReleased event) {
    ReleaseNotice notice = NoticeMapper.release(event);
    reminders.off(notice.charter().charterId(), notice.person().crewId(), event.getOccurredAt());
    deliverNotice.deliver(notice);
  }

  @KafkaHandler
  void on(CaptainConfirmed event) {
    ConfirmationNotice notice = NoticeMapper.confirmation(event);
    followUps.cancel(notice.charter().charterId(), null, Role.CAPTAIN, event.getOccurredAt());
    reminders.confirmed(notice.eventId(), notice.person(), notice.charter(), event.getOccurredAt());
    deliverNotice.deliver(notice);
  }

  /**
   * The crew member is told, with the calendar invitation, when email reaches them; CharterStaffed
   * later tells everyone on board. It sets the day-before reminder.
   */
  @KafkaHandler
  void on(CrewConfirmed event) {
    ConfirmationNotice notice = NoticeMapper.confirmation(event);
    Person crew = notice.person();
    followUps.cancel(notice.charter().charterId(), crew.crewId(), Role.CREW, event.getOccurredAt());
    reminders.confirmed(notice.eventId(), crew, notice.charter(), event.getOccurredAt());
    if (crew.reachedByEmail()) {
      deliverNotice.deliver(notice);
    }
  }

  @KafkaHandler
  void on(CharterStaffed event) {
    deliverNotice.deliver(NoticeMapper.staffed(event));
  }

  @KafkaHandler
  void on(CascadeStalled event) {
    StallNotice notice = NoticeMapper.stall(event);
    followUps.cancel(notice.charter().charterId(), null, Role.CAPTAIN, event.getOccurredAt());
    deliverNotice.deliver(notice);
  }

  /**
   * Event types this service has no use for (including a newer producer's): ignored. Without this
   * spring-kafka finds no handler, and an error that is not poison is retried for as long as it
   * lasts, so one such event would stop its partition.
   */
  @KafkaHandler(isDefault = true)
  void ignore(Object event) {}
}
