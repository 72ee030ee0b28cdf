package io.crewdispatch.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.EventDeadLettered;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import io.crewdispatch.testsupport.WithInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The platform's one error policy on the real broker: a record that fails for an infrastructure
 * reason is retried until it succeeds (never dead-lettered, nothing after it skipped or reordered);
 * poison goes to the dead-letter topic at once and is reported on ops-events and in a counter.
 */
@SpringBootTest(
    classes = ErrorPolicyIT.App.class,
    properties = {
      "spring.application.name=policy-test",
      "spring.kafka.consumer.group-id=policy-test",
      "crewdispatch.platform.dynamodb.create-tables=false"
    })
@WithInfrastructure
class ErrorPolicyIT {

  /** Times a key fails with a transient error before it is handled; the listener counts down. */
  static final Map<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();

  static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

  static final List<String> HANDLED = new CopyOnWriteArrayList<>();

  @Autowired MeterRegistry meters;

  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void aTransientFailureIsRetriedUntilItPassesAndNothingAfterItIsSkipped() {
    String key = "transient-" + UUID.randomUUID();
    // More failures than the old policy's four retries: only an unlimited policy gets through.
    FAILURES.put(key, new AtomicInteger(6));
    probe.publish(Topic.CHARTER_EVENTS, key, Samples.charterBooked(key));
    probe.publish(Topic.CHARTER_EVENTS, key, Samples.charterBooked(key + "-next"));

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(HANDLED).containsSubsequence(key, key + "-next"));
    assertThat(HANDLED.stream().filter(key::equals)).hasSize(1);
    assertThat(ATTEMPTS.get(key).get()).isEqualTo(7);
    assertThat(deadLetteredKeys()).doesNotContain(key);
  }

  @Test
  void poisonGoesToTheDeadLetterTopicAtOnceAndIsReported() {
    String key = "poison-" + UUID.randomUUID();
    double before = deadLetters();
    probe.publishRaw(
        Topic.CHARTER_EVENTS.topicName(), key, "not avro".getBytes(StandardCharsets.UTF_8));
    CharterBooked invalid = Samples.charterBooked(key + "-invalid");
    probe.publish(Topic.CHARTER_EVENTS, key + "-invalid", invalid);

    var undecodable = probe.awaitDeadLetter(Topic.CHARTER_EVENTS, key);
    assertThat(undecodable.reason()).startsWith("EventDecodingException");
    var rejected = probe.awaitDeadLetter(Topic.CHARTER_EVENTS, key + "-invalid");
    assertThat(rejected.reason()).isEqualTo("NonRetryableEventException: Invalid event: declared");

    EventDeadLettered undecodableReport =
        probe.await(Topic.OPS_EVENTS, EventDeadLettered.class, e -> key.equals(e.getKey()));
    assertThat(undecodableReport.getService()).isEqualTo("policy-test");
    assertThat(undecodableReport.getTopic()).isEqualTo("charter-events");
    assertThat(undecodableReport.getOffset())
        .isEqualTo(
            ByteBuffer.wrap(
                    undecodable.record().headers().lastHeader("kafka_dlt-original-offset").value())
                .getLong());
    assertThat(undecodableReport.getEventType()).isNull();
    assertThat(undecodableReport.getReason()).startsWith("EventDecodingException");
    EventDeadLettered rejectedReport =
        probe.await(
            Topic.OPS_EVENTS, EventDeadLettered.class, e -> (key + "-invalid").equals(e.getKey()));
    assertThat(rejectedReport.getEventType()).isEqualTo("CharterBooked");
    assertThat(rejectedReport.getRecordEventId()).isEqualTo(invalid.getEventId());
    assertThat(rejectedReport.getReason())
        .isEqualTo("NonRetryableEventException: Invalid event: declared");
    Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(deadLetters()).isEqualTo(before + 2));
    assertThat(HANDLED).doesNotContain(key + "-invalid");
  }

  /**
   * A batch listener's record retried for one failure, then failing for good with the same root
   * cause type: dead-lettered at once, as a record listener's would be (spring-kafka classifies a
   * batch's record only when its root cause changes type).
   */
  @Test
  void aBatchRecordRetriedThenFailingForGoodWithTheSameRootIsDeadLettered() {
    String key = "then-poison-" + UUID.randomUUID();
    FAILURES.put(key, new AtomicInteger(2));
    probe.publish(Topic.DISPATCH_EVENTS, key, Samples.captainConfirmed(key));

    var dead = probe.awaitDeadLetter(Topic.DISPATCH_EVENTS, key);
    assertThat(dead.reason()).startsWith("IOException");
    assertThat(dead.exceptionMessage())
        .as("the failure itself, not the wrapper naming the batch's record")
        .isEqualTo("refused for good");
    assertThat(ATTEMPTS.get(key).get()).isEqualTo(3);
  }

  private List<String> deadLetteredKeys() {
    return probe.events(Topic.OPS_EVENTS, EventDeadLettered.class, e -> true).stream()
        .map(EventDeadLettered::getKey)
        .toList();
  }

  private double deadLetters() {
    var counter = meters.find("crewdispatch.dead.letters").tag("topic", "charter-events").counter();
    return counter == null ? 0 : counter.count();
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {

    @Bean
    ServiceTopics serviceTopics() {
      return new ServiceTopics(List.of(), List.of(Topic.CHARTER_EVENTS, Topic.DISPATCH_EVENTS));
    }

    @Bean
    Listener listener() {
      return new Listener();
    }
  }

  static class Listener {

    @KafkaListener(topics = "charter-events")
    void on(CharterBooked event) {
      String charterId = event.getCharterId();
      if (charterId.endsWith("-invalid")) {
        throw new NonRetryableEventException("Invalid event: declared");
      }
      ATTEMPTS.computeIfAbsent(charterId, id -> new AtomicInteger()).incrementAndGet();
      AtomicInteger left = FAILURES.get(charterId);
      if (left != null && left.getAndDecrement() > 0) {
        throw SdkClientException.create("Unable to execute HTTP request: connection refused");
      }
      HANDLED.add(charterId);
    }

    /** Fails its count with a retryable error, then for good, both on the same root cause. */
    @KafkaListener(topics = "dispatch-events", id = "policy-batch", batch = "true")
    void onBatch(List<ConsumerRecord<String, Object>> records) {
      BatchRecords.consume(
          new SimpleMeterRegistry(),
          records,
          Optional::of,
          events -> {
            CaptainConfirmed event = (CaptainConfirmed) events.get(0);
            String charterId = event.getCharterId();
            ATTEMPTS.computeIfAbsent(charterId, id -> new AtomicInteger()).incrementAndGet();
            IOException root = new IOException("mailbox " + charterId);
            if (FAILURES.get(charterId).getAndDecrement() > 0) {
              throw new IllegalStateException("try again later", root);
            }
            throw new NonRetryableEventException("refused for good", root);
          });
    }
  }
}
