package io.crewdispatch.dispatch.events;

import io.crewdispatch.dispatch.timeline.application.Timeline;
import io.crewdispatch.dispatch.timeline.domain.EntryType;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import io.crewdispatch.events.EventDeadLettered;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.platform.kafka.OneConsumer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes ops-events: a dead-lettered record keyed by a charter becomes an entry on that charter's
 * timeline, saying what could not be handled and how to replay it. Idempotent: the entry is keyed
 * by the report's eventId.
 */
@Component
@KafkaListener(
    topics = "ops-events",
    id = "dispatch-ops-events",
    concurrency = OneConsumer.FOR_ALL_PARTITIONS)
class OpsEventsListener {

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private final Timeline timeline;

  OpsEventsListener(Timeline timeline) {
    this.timeline = timeline;
  }

  @KafkaHandler
  void on(EventDeadLettered event) {
    charterOf(event)
        .ifPresent(
            charterId ->
                timeline.append(
                    charterId,
                    List.of(
                        new TimelineEntry(
                            event.getDeadLetteredAt(),
                            EntryType.DEAD_LETTERED,
                            null,
                            detail(event),
                            event.getEventId()))));
  }

  @KafkaHandler(isDefault = true)
  void other(SpecificRecord event) {
    // integration states and certificates are not about one charter
  }

  /** The charter a dead record concerns, when its topic is keyed by charterId. */
  static Optional<String> charterOf(EventDeadLettered event) {
    String key = event.getKey();
    Optional<Topic> topic = Topic.forName(event.getTopic());
    if (key == null || key.isBlank() || topic.isEmpty()) {
      return Optional.empty();
    }
    boolean charterKeyed =
        switch (topic.get()) {
          case CHARTER_EVENTS, DISPATCH_EVENTS, AUTH_EVENTS -> true;
          case NOTIFICATION_EVENTS -> !MONTH.matcher(key).matches();
          case AUTH_LINKS -> "AcceptLinkIssued".equals(event.getEventType());
          default -> false;
        };
    return charterKeyed ? Optional.of(key) : Optional.empty();
  }

  private static String detail(EventDeadLettered event) {
    String what = event.getEventType() == null ? "an unreadable record" : event.getEventType();
    if (event.getOffset() < 0) {
      return event.getService()
          + " could not publish "
          + what
          + " on "
          + event.getTopic()
          + ": "
          + event.getReason()
          + ". It was set aside; repeat the office action if it is still needed.";
    }
    return event.getService()
        + " could not handle "
        + what
        + " from "
        + event.getTopic()
        + " (partition "
        + event.getPartition()
        + ", offset "
        + event.getOffset()
        + "): "
        + event.getReason()
        + ". Fix the cause, then: ./replay-dlt "
        + event.getTopic()
        + "-dlt --partition "
        + event.getPartition()
        + " --offset "
        + event.getOffset();
  }
}
