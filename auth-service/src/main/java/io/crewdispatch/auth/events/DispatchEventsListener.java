package io.crewdispatch.auth.events;

import io.crewdispatch.auth.link.application.IssueLinks;
import io.crewdispatch.auth.link.application.RevokeLinks;
import io.crewdispatch.auth.link.domain.Role;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.platform.kafka.EventChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes dispatch-events: a call mints links, a withdrawal kills them. Idempotent on eventId by
 * construction: links are derived from the callId and every change is a conditional write, so a
 * redelivered event finds its work done and emits nothing (see {@link IssueLinks}).
 */
@Component
@KafkaListener(topics = "dispatch-events", id = "auth-dispatch-events")
class DispatchEventsListener {

  private static final Logger log = LoggerFactory.getLogger(DispatchEventsListener.class);

  private final IssueLinks issueLinks;
  private final RevokeLinks revokeLinks;

  DispatchEventsListener(IssueLinks issueLinks, RevokeLinks revokeLinks) {
    this.issueLinks = issueLinks;
    this.revokeLinks = revokeLinks;
  }

  @KafkaHandler
  void on(CaptainCalled event) {
    issueLinks.issue(
        CallMapping.call(
            event.getCallId(),
            event.getCharterId(),
            event.getCallee(),
            Role.CAPTAIN,
            event.getOccurredAt(),
            event.getRespondBy(),
            event.getCharter()));
  }

  @KafkaHandler
  void on(CrewCalled event) {
    issueLinks.issue(
        CallMapping.call(
            event.getCallId(),
            event.getCharterId(),
            event.getCallee(),
            Role.CREW,
            event.getOccurredAt(),
            event.getRespondBy(),
            event.getCharter()));
  }

  @KafkaHandler
  void on(CallWithdrawn event) {
    revokeLinks.withdrawCall(
        EventChecks.requireText(event.getCharterId(), "charterId"),
        EventChecks.requireText(event.getCallId(), "callId"),
        CallMapping.revocation(event.getReason()));
  }

  @KafkaHandler
  void on(CaptainConfirmed event) {
    ignore(event.getCharterId(), "CaptainConfirmed");
  }

  @KafkaHandler
  void on(CharterStaffed event) {
    ignore(event.getCharterId(), "CharterStaffed");
  }

  @KafkaHandler
  void on(CascadeStalled event) {
    ignore(event.getCharterId(), "CascadeStalled");
  }

  /**
   * The events this round added to the topic (CrewConfirmed, SeatReleased, CallExtended, pauses)
   * mint or kill no link; without this they would fail as unhandled and be dead-lettered.
   */
  @KafkaHandler(isDefault = true)
  void other(Object event) {
    log.debug("event=ignored type={}", event.getClass().getSimpleName());
  }

  /** Links only care about calls; these need nothing from auth-service. */
  private void ignore(String charterId, String type) {
    EventChecks.requireText(charterId, "charterId");
    log.debug("event=ignored type={} charterId={}", type, charterId);
  }
}
