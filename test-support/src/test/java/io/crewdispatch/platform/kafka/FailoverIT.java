package io.crewdispatch.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.WithInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * An instance that dies without leaving its group (SIGKILL, a lost host) gives up its partitions
 * within the platform's session timeout, not Kafka's default 45 s: until then its share of the
 * bookings and answers waits. The consumers come from the service's own consumer factory, so they
 * carry the platform's settings.
 */
@SpringBootTest(
    classes = FailoverIT.App.class,
    properties = {
      "spring.application.name=failover-test",
      "crewdispatch.platform.dynamodb.create-tables=false"
    })
@WithInfrastructure
class FailoverIT {

  /** The platform's session timeout (10 s) plus a rebalance, well under Kafka's 45 s. */
  static final Duration FAILOVER_BOUND = Duration.ofSeconds(20);

  @Autowired ConsumerFactory<String, Object> consumers;

  @Test
  void aMemberThatStopsHeartbeatingLosesItsPartitionsWithinTheSessionTimeout() throws Exception {
    String topic = "failover-" + UUID.randomUUID();
    String group = "failover-" + UUID.randomUUID();
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.kafkaBootstrapServers()))) {
      admin
          .createTopics(List.of(new NewTopic(topic, 3, (short) 1)))
          .all()
          .get(10, TimeUnit.SECONDS);
    }
    try (Member a = new Member(consumers.createConsumer(group, "a"), topic);
        Member b = new Member(consumers.createConsumer(group, "b"), topic)) {
      a.start();
      await("a owns every partition").atMost(Duration.ofSeconds(30)).until(() -> a.owns() == 3);
      b.start();
      await("the partitions shared")
          .atMost(Duration.ofSeconds(30))
          .until(() -> a.owns() > 0 && b.owns() > 0 && a.owns() + b.owns() == 3);

      long crashed = System.nanoTime();
      a.crash();
      await("b owns every partition after a's crash")
          .atMost(FAILOVER_BOUND.plusSeconds(30))
          .until(() -> b.owns() == 3);
      Duration failover = Duration.ofNanos(System.nanoTime() - crashed);
      System.out.printf(
          "FAILOVER a crashed member's partitions moved after %d ms%n", failover.toMillis());
      assertThat(failover).isLessThan(FAILOVER_BOUND);
    }
  }

  /** One group member polling on its own thread, as a listener container does. */
  static final class Member implements AutoCloseable {

    private final Consumer<String, Object> consumer;
    private final String topic;
    private final Thread thread;
    private volatile Set<TopicPartition> assignment = Set.of();
    private volatile boolean crash;
    private volatile boolean stop;

    Member(Consumer<String, Object> consumer, String topic) {
      this.consumer = consumer;
      this.topic = topic;
      this.thread = new Thread(this::run, "failover-member");
    }

    void start() {
      thread.start();
    }

    int owns() {
      return assignment.size();
    }

    /** Stops polling and heartbeating without a LeaveGroup, as a killed process does. */
    void crash() throws InterruptedException {
      crash = true;
      thread.join(10_000);
    }

    private void run() {
      consumer.subscribe(List.of(topic));
      try {
        while (!crash && !stop) {
          consumer.poll(Duration.ofMillis(100));
          assignment = Set.copyOf(consumer.assignment());
        }
      } finally {
        consumer.close(
            CloseOptions.groupMembershipOperation(
                    crash
                        ? GroupMembershipOperation.REMAIN_IN_GROUP
                        : GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(5)));
      }
    }

    @Override
    public void close() throws InterruptedException {
      stop = true;
      thread.join(10_000);
    }
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {

    @Bean
    ServiceTopics serviceTopics() {
      return new ServiceTopics(List.of(), List.of(Topic.CHARTER_EVENTS));
    }
  }
}
