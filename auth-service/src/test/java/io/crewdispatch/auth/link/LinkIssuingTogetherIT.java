package io.crewdispatch.auth.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.auth.support.AuthServiceTest;
import io.crewdispatch.auth.support.Calls;
import io.crewdispatch.auth.support.MutableClock;
import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.OneFetch;
import io.crewdispatch.testsupport.OperationLog;
import io.crewdispatch.testsupport.Samples;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Calls found in one fetch (a backlog: dispatch publishes a fetch's calls together) are minted in
 * one transaction and announced with one send; a transaction refused because one charter was
 * cancelled mints none of them, and each call then goes its own way. The calls are published while
 * the consumers are held, so they come in one fetch.
 *
 * <p>The first call is published a moment before the others, as a backlog builds: had the consumers
 * still had a fetch waiting at the broker, it would have taken that call alone and the fetch would
 * have split ({@link OneFetch} waits for none to be waiting).
 */
@AuthServiceTest
class LinkIssuingTogetherIT {

  static final Path LOG = Path.of("target/dynamodb-operations/auth-service.txt");
  static final String TABLE = "test-crew-portal-links";
  static final String PUT = "PutItem crew-portal-links"; // a mint's transaction: one line

  @Autowired MutableClock clock;
  @Autowired KafkaListenerEndpointRegistry listeners;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @BeforeEach
  void setUp() {
    clock.reset();
  }

  @Test
  void callsFoundInOneFetchAreMintedInOneTransactionPerFetch() {
    List<CaptainCalled> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      calls.add(Calls.captainCalled(Calls.charterId(), clock.instant()));
    }
    int start = quiet();

    publishTogether(calls);

    calls.forEach(call -> await().until(() -> announced(call).size() == 1));
    long transactions = lines().subList(start, lines().size()).stream().filter(PUT::equals).count();
    long partitions =
        calls.stream()
            .map(call -> Infrastructure.partitionOf(call.getCharterId()))
            .distinct()
            .count();
    // One consumer per partition (concurrency 3), each finding its calls in one fetch.
    assertThat(transactions).as("mint transactions for 6 calls").isEqualTo(partitions);
    for (CaptainCalled call : calls) {
      assertThat(announced(call)).hasSize(1);
      assertThat(item("call#" + call.getCallId())).containsKey("acceptHash");
    }
  }

  @Test
  void aCancelledCharterAmongThemMakesEachCallGoItsOwnWay() {
    String cancelled = Calls.charterId();
    probe.publish(
        Topic.CHARTER_EVENTS,
        cancelled,
        CharterCancelled.newBuilder(Samples.charterCancelled(cancelled))
            .setOccurredAt(clock.instant())
            .build());
    await().until(() -> item("charter#" + cancelled).containsKey("cancelledAt"));
    List<CaptainCalled> calls = new ArrayList<>();
    calls.add(Calls.captainCalled(cancelled, clock.instant().minusSeconds(60)));
    while (calls.size() < 4) {
      String charterId = Calls.charterId();
      if (Infrastructure.partitionOf(charterId) == Infrastructure.partitionOf(cancelled)) {
        calls.add(Calls.captainCalled(charterId, clock.instant()));
      }
    }

    publishTogether(calls);

    calls.subList(1, 4).forEach(call -> await().until(() -> announced(call).size() == 1));
    CaptainCalled refused = calls.get(0);
    await().until(() -> item("call#" + refused.getCallId()).containsKey("revokedAt"));
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                announced(refused).isEmpty()
                    && calls.subList(1, 4).stream().allMatch(c -> announced(c).size() == 1));
  }

  private void publishTogether(List<CaptainCalled> calls) {
    List<Map.Entry<String, SpecificRecord>> records = new ArrayList<>();
    calls.forEach(call -> records.add(Map.entry(call.getCharterId(), call)));
    OneFetch.publish(
        listeners,
        "auth-dispatch-events",
        () -> {
          probe.publishAll(Topic.DISPATCH_EVENTS, records.subList(0, 1));
          sleep(300);
          probe.publishAll(Topic.DISPATCH_EVENTS, records.subList(1, records.size()));
        });
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private List<AcceptLinkIssued> announced(CaptainCalled call) {
    return probe.events(
        Topic.AUTH_LINKS, AcceptLinkIssued.class, e -> e.getCallId().equals(call.getCallId()));
  }

  /** The item, or an empty map while there is none. */
  private static Map<String, AttributeValue> item(String key) {
    Map<String, AttributeValue> item =
        Infrastructure.dynamoDb()
            .getItem(
                r ->
                    r.tableName(TABLE)
                        .key(Map.of("tokenHash", AttributeValue.fromS(key)))
                        .consistentRead(true))
            .item();
    return item == null ? Map.of() : item;
  }

  /** Waits until no put has been logged for a while; returns the log's length. */
  private static int quiet() {
    return OperationLog.quiet(LOG, PUT::equals);
  }

  private static List<String> lines() {
    return OperationLog.lines(LOG);
  }
}
