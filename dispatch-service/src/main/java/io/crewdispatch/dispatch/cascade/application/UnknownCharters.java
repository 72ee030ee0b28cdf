package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.timeline.application.Timeline;
import io.crewdispatch.dispatch.timeline.domain.EntryType;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * An event about a charter dispatch never saw booked is recorded (in the timeline under that id, a
 * log line and a counter) and skipped: it must not block the partition behind it.
 */
@Service
public class UnknownCharters {

  private static final Logger log = LoggerFactory.getLogger(UnknownCharters.class);

  private final Timeline timeline;
  private final MeterRegistry meters;

  UnknownCharters(Timeline timeline, MeterRegistry meters) {
    this.timeline = timeline;
    this.meters = meters;
  }

  public void record(String charterId, String eventId, Instant occurredAt, String eventType) {
    log.warn(
        "event=unknown_charter charterId={} eventId={} type={}", charterId, eventId, eventType);
    meters.counter("dispatch.events.unknown_charter", "type", eventType).increment();
    timeline.append(
        charterId,
        List.of(
            new TimelineEntry(
                occurredAt,
                EntryType.UNKNOWN_CHARTER,
                null,
                eventType + " for a charter dispatch has no booking of",
                eventId)));
  }
}
