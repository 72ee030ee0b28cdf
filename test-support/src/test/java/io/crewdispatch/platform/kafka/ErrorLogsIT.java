package io.crewdispatch.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.StatementReady;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import io.crewdispatch.testsupport.WithInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * What every service logs when a record fails, whatever the failure's message quotes (a mail
 * server's reply naming the address, a validation message with a name): the record, its event and
 * the failure's type, never the message. A record retried, a record dead-lettered, and a batch
 * listener's record dead-lettered with records after it in the batch.
 */
@SpringBootTest(
    classes = ErrorLogsIT.App.class,
    properties = {
      "spring.application.name=logs-test",
      "spring.kafka.consumer.group-id=logs-test",
      "crewdispatch.platform.dynamodb.create-tables=false"
    })
@WithInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class ErrorLogsIT {

  static final String ADDRESS = "quinn.saltmarsh@example.com";

  /** Times a charter fails with a transient error before it is handled. */
  static final Map<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();

  /** Event ids the batch listener cannot handle. */
  static final Set<String> POISON = ConcurrentHashMap.newKeySet();

  static final List<String> HANDLED = new CopyOnWriteArrayList<>();

  @Autowired KafkaListenerEndpointRegistry listeners;

  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void aRecordRetriedThenDeadLetteredIsLoggedWithoutItsFailuresMessages(CapturedOutput output) {
    String retried = "retried-" + UUID.randomUUID();
    String poison = "poison-" + UUID.randomUUID();
    FAILURES.put(retried, new AtomicInteger(2));
    CharterBooked rejected = Samples.charterBooked(poison);
    probe.publish(Topic.CHARTER_EVENTS, retried, Samples.charterBooked(retried));
    probe.publish(Topic.CHARTER_EVENTS, poison, rejected);

    probe.awaitDeadLetter(Topic.CHARTER_EVENTS, poison);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> HANDLED.contains(retried) && output.getAll().contains(poison + " "));

    // Why the record waits: the record and the failure's type, at each of its two failures.
    for (int attempt = 1; attempt <= 2; attempt++) {
      assertThat(output.getAll())
          .containsPattern(
              "event=record_failed topic=charter-events partition=\\d+ offset=\\d+ key="
                  + retried
                  + " attempt="
                  + attempt
                  + " failure=IllegalStateException");
    }
    assertThat(output.getAll())
        .containsPattern(
            "event=dead_lettered topic=charter-events partition=\\d+ offset=\\d+ key="
                + poison
                + " eventType=CharterBooked eventId="
                + rejected.getEventId()
                + " reason=IllegalArgumentException")
        .doesNotContain(ADDRESS);
    // Poison is logged once, as dead-lettered: not also as a failure about to be retried.
    assertThat(output.getAll()).doesNotContainPattern("event=record_failed .*key=" + poison);
  }

  @Test
  void aBatchRecordDeadLetteredWithRecordsAfterItIsLoggedWithoutItsFailuresMessage(
      CapturedOutput output) {
    String month = "batch-" + UUID.randomUUID();
    StatementReady poison = Samples.statementReady(month);
    StatementReady next = Samples.statementReady(month);
    StatementReady last = Samples.statementReady(month);
    POISON.add(poison.getEventId());
    // one key, one partition: the three come in one batch once the listener starts
    probe.publish(Topic.STATEMENT_EVENTS, month, poison);
    probe.publish(Topic.STATEMENT_EVENTS, month, next);
    probe.publish(Topic.STATEMENT_EVENTS, month, last);
    listeners.getListenerContainer("logs-test-batch").start();

    probe.awaitDeadLetter(Topic.STATEMENT_EVENTS, month);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> HANDLED.containsAll(List.of(next.getEventId(), last.getEventId())));

    assertThat(output.getAll())
        .containsPattern(
            "event=dead_lettered topic=statement-events partition=\\d+ offset=\\d+ key="
                + month
                + " eventType=StatementReady eventId="
                + poison.getEventId()
                + " reason=NonRetryableEventException")
        .doesNotContain(ADDRESS)
        .doesNotContainPattern("event=record_failed .*key=" + month);
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {

    @Bean
    ServiceTopics serviceTopics() {
      return new ServiceTopics(List.of(), List.of(Topic.CHARTER_EVENTS, Topic.STATEMENT_EVENTS));
    }

    @Bean
    Listeners listeners() {
      return new Listeners();
    }
  }

  static class Listeners {

    @KafkaListener(topics = "charter-events")
    void on(CharterBooked event) {
      String charterId = event.getCharterId();
      if (charterId.startsWith("poison-")) {
        throw new NonRetryableEventException(
            "Invalid event: " + ADDRESS + " is not on the roster",
            new IllegalArgumentException(
                "550 5.1.1 <" + ADDRESS + ">: Recipient address rejected"));
      }
      AtomicInteger left = FAILURES.get(charterId);
      if (left != null && left.getAndDecrement() > 0) {
        throw new IllegalStateException("451 4.7.1 <" + ADDRESS + ">: try again later");
      }
      HANDLED.add(charterId);
    }

    @KafkaListener(
        id = "logs-test-batch",
        topics = "statement-events",
        batch = "true",
        autoStartup = "false")
    void on(List<ConsumerRecord<String, Object>> records) {
      for (int i = 0; i < records.size(); i++) {
        if (records.get(i).value() instanceof StatementReady event) {
          if (POISON.contains(event.getEventId())) {
            throw new BatchListenerFailedException(
                "Record " + i + " of the batch failed",
                new NonRetryableEventException(
                    "Invalid event: " + ADDRESS + " is not on the roster"),
                i);
          }
          HANDLED.add(event.getEventId());
        }
      }
    }
  }
}
