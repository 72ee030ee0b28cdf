package io.crewdispatch.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.notification.support.NotificationIT;
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
@NotificationIT
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
  void poisonOnAuthLinksGoesToItsDeadLetterTopicAndTheNextRecordIsHandled() {
    String key = "dlt-" + UUID.randomUUID();
    probe.publishRaw(
        Topic.AUTH_LINKS.topicName(), key, "not avro".getBytes(StandardCharsets.UTF_8));
    var invalid = Samples.acceptLinkIssued(key);
    invalid.put("charterId", " ");
    probe.publish(Topic.AUTH_LINKS, key + "-invalid", invalid);
    probe.publish(Topic.AUTH_LINKS, key + "-good", Samples.acceptLinkIssued(key + "-good"));

    var undecodable = probe.awaitDeadLetter(Topic.AUTH_LINKS, key);
    assertThat(undecodable.value()).asString(StandardCharsets.UTF_8).isEqualTo("not avro");
    assertThat(undecodable.reason())
        .contains("EventDecodingException: Not Avro single-object encoding");
    assertThat(undecodable.originalTopic()).isEqualTo(Topic.AUTH_LINKS.topicName());
    var rejected = probe.awaitDeadLetter(Topic.AUTH_LINKS, key + "-invalid");
    assertThat(rejected.reason())
        .contains("NonRetryableEventException: Invalid event:")
        .contains("is blank");
    awaitHandled(Topic.AUTH_LINKS, "AcceptLinkIssued", 1);
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
  void poisonOnStatementEventsGoesToItsDeadLetterTopicAndTheNextRecordIsHandled() {
    String key = "dlt-" + UUID.randomUUID();
    probe.publishRaw(
        Topic.STATEMENT_EVENTS.topicName(), key, "not avro".getBytes(StandardCharsets.UTF_8));
    var invalid = Samples.statementReady(key);
    invalid.put("month", " ");
    probe.publish(Topic.STATEMENT_EVENTS, key + "-invalid", invalid);
    // A good statement names a real month (the key is only this test's marker).
    probe.publish(Topic.STATEMENT_EVENTS, key + "-good", Samples.statementReady("2026-05"));

    var undecodable = probe.awaitDeadLetter(Topic.STATEMENT_EVENTS, key);
    assertThat(undecodable.value()).asString(StandardCharsets.UTF_8).isEqualTo("not avro");
    assertThat(undecodable.reason())
        .contains("EventDecodingException: Not Avro single-object encoding");
    assertThat(undecodable.originalTopic()).isEqualTo(Topic.STATEMENT_EVENTS.topicName());
    var rejected = probe.awaitDeadLetter(Topic.STATEMENT_EVENTS, key + "-invalid");
    assertThat(rejected.reason())
        .contains("NonRetryableEventException: Invalid event:")
        .contains("is blank");
    awaitHandled(Topic.STATEMENT_EVENTS, "StatementReady", 1);
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
