package io.crewdispatch.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.notification.support.MailServer;
import io.crewdispatch.notification.support.NotificationIT;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Messages per second from AcceptLinkIssued on auth-links to SMTP accept on GreenMail, with the
 * send-rate limit off: each message is composed, claimed and recorded in DynamoDB Local, sent, kept
 * as .eml and announced on Kafka. Not part of the default run:
 *
 * <pre>
 * ./mvnw -B -o -pl notification-service test -Dtest=SmtpThroughputBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.messages=500]
 *     [-Dspring.kafka.listener.concurrency=3]
 * </pre>
 */
@NotificationIT
class SmtpThroughputBenchmark {

  static final int WARM_UP = 50;
  static final int MESSAGES = Integer.getInteger("benchmark.messages", 500);

  @Test
  void callEmailsPerSecondFromAuthLinksToSmtpAccept() {
    try (KafkaProbe probe = KafkaProbe.open()) {
      run(probe, WARM_UP);
      double perSecond = run(probe, MESSAGES);
      System.out.printf(
          Locale.ROOT,
          "BENCHMARK notification smtp: %d messages, %.1f messages/s (listener concurrency %s)%n",
          MESSAGES,
          perSecond,
          System.getProperty("spring.kafka.listener.concurrency", "1"));
      assertThat(perSecond).isPositive();
    }
  }

  /** Publishes {@code count} calls over 12 charters and waits until SMTP accepted them all. */
  private static double run(KafkaProbe probe, int count) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<AcceptLinkIssued> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String charterId = "BENCH-" + run + "-" + (i % 12);
      events.add(
          AcceptLinkIssued.newBuilder(Samples.acceptLinkIssued(charterId))
              .setRecipient(Samples.captain("bench-" + run + "-" + i))
              .build());
    }
    long start = System.nanoTime();
    for (AcceptLinkIssued event : events) {
      probe.publish(Topic.AUTH_LINKS, event.getCharterId(), event);
    }
    Awaitility.await()
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> accepted("bench-" + run + "-") >= count);
    double seconds = (System.nanoTime() - start) / 1e9;
    return count / seconds;
  }

  /**
   * GreenMail creates a mailbox user when it accepts mail for a new address, and every captain here
   * is new: counting them is cheap, unlike copying every stored message on each poll.
   */
  private static long accepted(String prefix) {
    return MailServer.greenMail().getUserManager().listUser().stream()
        .filter(user -> user.getEmail().startsWith(prefix))
        .count();
  }
}
