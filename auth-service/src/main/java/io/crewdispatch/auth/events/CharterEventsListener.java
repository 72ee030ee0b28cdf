package io.crewdispatch.auth.events;

import io.crewdispatch.auth.link.application.RevokeLinks;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.CharterCompleted;
import io.crewdispatch.events.CharterInvoiced;
import io.crewdispatch.platform.kafka.EventChecks;
import io.crewdispatch.platform.kafka.OneConsumer;
import io.crewdispatch.platform.kafka.SideConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes charter-events: a cancellation kills every live link of the charter. Idempotent on
 * eventId by construction (revoking dead links changes nothing and emits nothing). Batched ({@link
 * SideConsumer}): nobody waits on a revocation, dispatch's CallWithdrawn revokes each open call
 * too, and every booking's CharterBooked passes here only to be ignored.
 */
@Component
@KafkaListener(
    topics = "charter-events",
    id = "auth-charter-events",
    concurrency = OneConsumer.FOR_ALL_PARTITIONS,
    properties = {SideConsumer.FETCH_MIN_BYTES, SideConsumer.FETCH_MAX_WAIT})
class CharterEventsListener {

  private static final Logger log = LoggerFactory.getLogger(CharterEventsListener.class);

  private final RevokeLinks revokeLinks;

  CharterEventsListener(RevokeLinks revokeLinks) {
    this.revokeLinks = revokeLinks;
  }

  @KafkaHandler
  void on(CharterCancelled event) {
    revokeLinks.cancelCharter(
        EventChecks.requireText(event.getCharterId(), "charterId"), event.getOccurredAt());
  }

  @KafkaHandler
  void on(CharterBooked event) {
    ignore(event.getCharterId(), "CharterBooked");
  }

  @KafkaHandler
  void on(CharterCompleted event) {
    ignore(event.getCharterId(), "CharterCompleted");
  }

  @KafkaHandler
  void on(CharterInvoiced event) {
    ignore(event.getCharterId(), "CharterInvoiced");
  }

  private void ignore(String charterId, String type) {
    EventChecks.requireText(charterId, "charterId");
    log.debug("event=ignored type={} charterId={}", type, charterId);
  }
}
