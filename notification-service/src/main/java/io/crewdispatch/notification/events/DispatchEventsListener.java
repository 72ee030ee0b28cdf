package io.crewdispatch.notification.events;

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

/** Consumes dispatch-events: one handler per event type; idempotent on eventId. */
@Component
@KafkaListener(topics = "dispatch-events", id = "notification-dispatch-events")
class DispatchEventsListener {

  private static final Logger log = LoggerFactory.getLogger(DispatchEventsListener.class);

  @KafkaHandler
  void on(CaptainCalled event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
    log.debug("event=received type=CaptainCalled");
  }

  @KafkaHandler
  void on(CrewCalled event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
    log.debug("event=received type=CrewCalled");
  }

  @KafkaHandler
  void on(CallWithdrawn event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
    log.debug("event=received type=CallWithdrawn");
  }

  @KafkaHandler
  void on(CaptainConfirmed event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
    log.debug("event=received type=CaptainConfirmed");
  }

  @KafkaHandler
  void on(CharterStaffed event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
    log.debug("event=received type=CharterStaffed");
  }

  @KafkaHandler
  void on(CascadeStalled event) {
    EventChecks.requireText(event.getCharterId(), "charterId");
    log.debug("event=received type=CascadeStalled");
  }
}
