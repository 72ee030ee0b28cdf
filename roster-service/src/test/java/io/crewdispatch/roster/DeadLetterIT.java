package io.crewdispatch.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.roster.support.RosterServiceTest;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A record that cannot be decoded, and one that decodes but is invalid, each land on the consumed
 * topic's dead-letter topic with the reason in headers, without retries blocking the partition; the
 * good record after them is still handled.
 */
@RosterServiceTest
class DeadLetterIT {

  @Autowired MeterRegistry meters;
  KafkaProbe probe;
  double before;

  @BeforeEach
  void openProbe() {
    probe = KafkaProbe.open();
  }

  @AfterEach
  void closeProbe() {
    probe.close();
  }

  @Test
  void poisonOnDispatchEventsGoesToItsDeadLetterTopicAndTheNextRecordIsHandled() {
    String key = "dlt-" + UUID.randomUUID();
    probe.publishRaw(
        Topic.DISPATCH_EVENTS.topicName(), key, "not avro".getBytes(StandardCharsets.UTF_8));
    var invalid = Samples.captainCalled(key);
    invalid.put("charterId", " ");
    probe.publish(Topic.DISPATCH_EVENTS, key + "-invalid", invalid);
    probe.publish(Topic.DISPATCH_EVENTS, key + "-good", Samples.captainCalled(key + "-good"));

    var undecodable = probe.awaitDeadLetter(Topic.DISPATCH_EVENTS, key);
    assertThat(undecodable.value()).asString(StandardCharsets.UTF_8).isEqualTo("not avro");
    assertThat(undecodable.reason())
        .contains("EventDecodingException: Not Avro single-object encoding");
    assertThat(undecodable.originalTopic()).isEqualTo(Topic.DISPATCH_EVENTS.topicName());
    var rejected = probe.awaitDeadLetter(Topic.DISPATCH_EVENTS, key + "-invalid");
    assertThat(rejected.reason())
        .contains("NonRetryableEventException: Invalid event:")
        .contains("is blank");
    awaitHandled(Topic.DISPATCH_EVENTS, "CaptainCalled", 1);
  }

  @Test
  void anInvalidCharterCancelledGoesToTheCharterEventsDeadLetterTopic() {
    String key = "dlt-" + UUID.randomUUID();
    var invalid = Samples.charterCancelled(key);
    invalid.put("eventId", "");
    probe.publish(Topic.CHARTER_EVENTS, key, invalid);

    var rejected = probe.awaitDeadLetter(Topic.CHARTER_EVENTS, key);

    assertThat(rejected.reason()).contains("Invalid event: eventId is blank");
    assertThat(rejected.originalTopic()).isEqualTo(Topic.CHARTER_EVENTS.topicName());
  }

  private void awaitHandled(Topic topic, String type, int atLeast) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        meters
                            .find("crewdispatch.events.consumed")
                            .tags("topic", topic.topicName(), "type", type, "outcome", "success")
                            .counters()
                            .stream()
                            .mapToDouble(c -> c.count())
                            .sum())
                    .isGreaterThanOrEqualTo(atLeast));
  }
}
