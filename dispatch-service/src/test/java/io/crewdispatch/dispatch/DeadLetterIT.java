package io.crewdispatch.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.events.topic.Topic;
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
@DispatchIntegrationTest
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
  void poisonOnCharterEventsGoesToItsDeadLetterTopicAndTheNextRecordIsHandled() {
    String key = "dlt-" + UUID.randomUUID();
    probe.publishRaw(
        Topic.CHARTER_EVENTS.topicName(), key, "not avro".getBytes(StandardCharsets.UTF_8));
    var invalid = Samples.charterBooked(key);
    invalid.put("charterId", " ");
    probe.publish(Topic.CHARTER_EVENTS, key + "-invalid", invalid);
    probe.publish(Topic.CHARTER_EVENTS, key + "-good", Samples.charterBooked(key + "-good"));

    var undecodable = probe.awaitDeadLetter(Topic.CHARTER_EVENTS, key);
    assertThat(undecodable.value()).asString(StandardCharsets.UTF_8).isEqualTo("not avro");
    assertThat(undecodable.reason())
        .contains("EventDecodingException: Not Avro single-object encoding");
    assertThat(undecodable.originalTopic()).isEqualTo(Topic.CHARTER_EVENTS.topicName());
    var rejected = probe.awaitDeadLetter(Topic.CHARTER_EVENTS, key + "-invalid");
    assertThat(rejected.reason())
        .contains("NonRetryableEventException: Invalid event:")
        .contains("is blank");
    awaitHandled(Topic.CHARTER_EVENTS, "CharterBooked", 1);
  }

  @Test
  void poisonOnRosterMembersGoesToItsDeadLetterTopicAndTheNextRecordIsHandled() {
    String key = "dlt-" + UUID.randomUUID();
    probe.publishRaw(
        Topic.ROSTER_MEMBERS.topicName(), key, "not avro".getBytes(StandardCharsets.UTF_8));
    var invalid = Samples.rosterChanged(key);
    invalid.put("crewId", " ");
    probe.publish(Topic.ROSTER_MEMBERS, key + "-invalid", invalid);
    probe.publish(Topic.ROSTER_MEMBERS, key + "-good", Samples.rosterChanged(key + "-good"));

    var undecodable = probe.awaitDeadLetter(Topic.ROSTER_MEMBERS, key);
    assertThat(undecodable.value()).asString(StandardCharsets.UTF_8).isEqualTo("not avro");
    assertThat(undecodable.reason())
        .contains("EventDecodingException: Not Avro single-object encoding");
    assertThat(undecodable.originalTopic()).isEqualTo(Topic.ROSTER_MEMBERS.topicName());
    var rejected = probe.awaitDeadLetter(Topic.ROSTER_MEMBERS, key + "-invalid");
    assertThat(rejected.reason())
        .contains("NonRetryableEventException: Invalid event:")
        .contains("is blank");
    awaitHandled(Topic.ROSTER_MEMBERS, "RosterChanged", 1);
  }

  @Test
  void poisonOnAuthEventsGoesToItsDeadLetterTopicAndTheNextRecordIsHandled() {
    String key = "dlt-" + UUID.randomUUID();
    probe.publishRaw(
        Topic.AUTH_EVENTS.topicName(), key, "not avro".getBytes(StandardCharsets.UTF_8));
    var invalid = Samples.tokenAccepted(key);
    invalid.put("charterId", " ");
    probe.publish(Topic.AUTH_EVENTS, key + "-invalid", invalid);
    probe.publish(Topic.AUTH_EVENTS, key + "-good", Samples.tokenAccepted(key + "-good"));

    var undecodable = probe.awaitDeadLetter(Topic.AUTH_EVENTS, key);
    assertThat(undecodable.value()).asString(StandardCharsets.UTF_8).isEqualTo("not avro");
    assertThat(undecodable.reason())
        .contains("EventDecodingException: Not Avro single-object encoding");
    assertThat(undecodable.originalTopic()).isEqualTo(Topic.AUTH_EVENTS.topicName());
    var rejected = probe.awaitDeadLetter(Topic.AUTH_EVENTS, key + "-invalid");
    assertThat(rejected.reason())
        .contains("NonRetryableEventException: Invalid event:")
        .contains("is blank");
    awaitHandled(Topic.AUTH_EVENTS, "TokenAccepted", 1);
  }

  @Test
  void poisonOnNotificationEventsGoesToItsDeadLetterTopicAndTheNextRecordIsHandled() {
    String key = "dlt-" + UUID.randomUUID();
    probe.publishRaw(
        Topic.NOTIFICATION_EVENTS.topicName(), key, "not avro".getBytes(StandardCharsets.UTF_8));
    var invalid = Samples.notificationSent(key);
    invalid.put("sourceEventId", " ");
    probe.publish(Topic.NOTIFICATION_EVENTS, key + "-invalid", invalid);
    probe.publish(
        Topic.NOTIFICATION_EVENTS, key + "-good", Samples.notificationSent(key + "-good"));

    var undecodable = probe.awaitDeadLetter(Topic.NOTIFICATION_EVENTS, key);
    assertThat(undecodable.value()).asString(StandardCharsets.UTF_8).isEqualTo("not avro");
    assertThat(undecodable.reason())
        .contains("EventDecodingException: Not Avro single-object encoding");
    assertThat(undecodable.originalTopic()).isEqualTo(Topic.NOTIFICATION_EVENTS.topicName());
    var rejected = probe.awaitDeadLetter(Topic.NOTIFICATION_EVENTS, key + "-invalid");
    assertThat(rejected.reason())
        .contains("NonRetryableEventException: Invalid event:")
        .contains("is blank");
    awaitHandled(Topic.NOTIFICATION_EVENTS, "NotificationSent", 1);
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
