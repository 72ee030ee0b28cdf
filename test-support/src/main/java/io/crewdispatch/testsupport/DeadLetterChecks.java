package io.crewdispatch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.events.EventDeadLettered;
import io.crewdispatch.events.topic.Topic;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.awaitility.Awaitility;

/**
 * The dead-letter contract every consumer keeps, checked the same way in every service: bytes that
 * are not an event, and an event that decodes but is invalid, each land on the topic's dead-letter
 * topic at once with the reason in a header, each is reported once on ops-events
 * (EventDeadLettered, with the same reason), and the good record after them is still handled (the
 * partition is not blocked).
 */
public final class DeadLetterChecks {

  private DeadLetterChecks() {}

  /**
   * @param sample makes a valid event for a key (the event's id field is set from it)
   * @param requiredField a text field the service requires; blanked to make the invalid event
   */
  public static void poisonIsDeadLetteredAndTheNextRecordIsHandled(
      KafkaProbe probe,
      MeterRegistry meters,
      Topic topic,
      Function<String, ? extends SpecificRecord> sample,
      String requiredField) {
    String key = "dlt-" + UUID.randomUUID();
    SpecificRecord good = sample.apply(key + "-good");
    double handledBefore = handled(meters, topic, good);
    probe.publishRaw(topic.topicName(), key, "not avro".getBytes(StandardCharsets.UTF_8));
    SpecificRecord invalid = sample.apply(key);
    invalid.put(invalid.getSchema().getField(requiredField).pos(), " ");
    probe.publish(topic, key + "-invalid", invalid);
    probe.publish(topic, key + "-good", good);

    var undecodable = probe.awaitDeadLetter(topic, key);
    assertThat(undecodable.value()).asString(StandardCharsets.UTF_8).isEqualTo("not avro");
    assertThat(undecodable.reason())
        .contains("EventDecodingException: Not Avro single-object encoding");
    assertThat(undecodable.originalTopic()).isEqualTo(topic.topicName());
    var rejected = probe.awaitDeadLetter(topic, key + "-invalid");
    assertThat(rejected.reason())
        .contains("NonRetryableEventException: Invalid event:")
        .contains("is blank");
    for (String deadKey : List.of(key, key + "-invalid")) {
      EventDeadLettered report =
          probe.await(
              Topic.OPS_EVENTS,
              EventDeadLettered.class,
              e -> deadKey.equals(e.getKey()) && topic.topicName().equals(e.getTopic()));
      assertThat(report.getReason()).isEqualTo(probe.awaitDeadLetter(topic, deadKey).reason());
    }
    // This very record, not any of its type: a service committed past it and did not
    // dead-letter it (the dead-letter record is published before the offset is committed).
    probe.awaitCommittedPast(topic, key + "-good");
    Awaitility.await("the good record is not dead-lettered")
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(2))
        .until(() -> probe.deadLetters(topic, key + "-good").isEmpty());
    Awaitility.await("the good record after the poison is handled")
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(handled(meters, topic, good)).isGreaterThan(handledBefore));
    // A service with two consumer groups on the topic (auth-service) dead-letters the record in
    // each; the report's eventId comes from topic/partition/offset, so consumers see one report.
    assertThat(
            probe
                .events(
                    Topic.OPS_EVENTS,
                    EventDeadLettered.class,
                    e -> e.getKey() != null && e.getKey().startsWith(key))
                .stream()
                .map(EventDeadLettered::getEventId)
                .distinct())
        .as("one report per poison record")
        .hasSize(2);
  }

  /** Records of {@code event}'s type the service handled successfully on {@code topic}. */
  private static double handled(MeterRegistry meters, Topic topic, SpecificRecord event) {
    return meters
        .find("crewdispatch.events.consumed")
        .tags(
            "topic",
            topic.topicName(),
            "type",
            event.getClass().getSimpleName(),
            "outcome",
            "success")
        .counters()
        .stream()
        .mapToDouble(Counter::count)
        .sum();
  }
}
