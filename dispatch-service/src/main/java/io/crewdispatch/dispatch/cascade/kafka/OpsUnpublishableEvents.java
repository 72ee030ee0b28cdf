package io.crewdispatch.dispatch.cascade.kafka;

import io.crewdispatch.dispatch.cascade.application.UnpublishableEvents;
import io.crewdispatch.dispatch.cascade.domain.DispatchEvent;
import io.crewdispatch.events.EventDeadLettered;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.platform.ops.OpsEvents;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reports an event that never reached dispatch-events as EventDeadLettered. It has no partition or
 * offset (-1 for both): there is no record to replay, and the digest says so. Its id derives from
 * the event's, so a report repeated after a crash is a duplicate consumers drop.
 */
@Component
class OpsUnpublishableEvents implements UnpublishableEvents {

  private final OpsEvents ops;
  private final Clock clock;

  OpsUnpublishableEvents(OpsEvents ops, Clock clock) {
    this.ops = ops;
    this.clock = clock;
  }

  @Override
  public void report(DispatchEvent event, String reason) {
    String id = "unpublishable/" + event.eventId();
    ops.deadLettered(
        EventDeadLettered.newBuilder()
            .setEventId(UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString())
            .setOccurredAt(clock.instant())
            .setService(ops.service())
            .setTopic(Topic.DISPATCH_EVENTS.topicName())
            .setPartition(-1)
            .setOffset(-1)
            .setKey(event.charterId())
            .setEventType(event.getClass().getSimpleName())
            .setRecordEventId(event.eventId())
            .setReason(reason)
            .setDeadLetteredAt(clock.instant())
            .build());
  }
}
