package io.crewdispatch.auth.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.auth.support.AuthServiceTest;
import io.crewdispatch.auth.support.Calls;
import io.crewdispatch.auth.support.CrewClient;
import io.crewdispatch.auth.support.IssuedPair;
import io.crewdispatch.auth.support.MutableClock;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.KafkaProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What pressing Accept costs in DynamoDB calls, counted with the platform's operation log: the
 * answer is published after the link is read and the answer recorded, two round trips the crew call
 * waits for (the call itself comes back from the conditional write); marking it published follows
 * the send. The counts are exact, so a read added before the write fails the test.
 */
@AuthServiceTest
class AnswerCallsIT {

  static final Path LOG = Path.of("target/dynamodb-operations/auth-service.txt");

  static final Map<String, Long> ACCEPT =
      Map.of(
          "GetItem crew-portal-links", 1L, // the link's hash item: which call
          "UpdateItem crew-portal-links", 2L); // the answer, conditional; then "published"

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @BeforeEach
  void setUp() {
    clock.reset();
  }

  /** The log is the whole JVM's: noise only adds lines, so an accept is measured up to 3 times. */
  @Test
  void pressingAcceptReadsTheLinkAndRecordsTheAnswerInOneConditionalWrite() {
    Map<String, Long> cost = pressAccept();
    for (int attempt = 1; attempt < 3 && !cost.equals(ACCEPT); attempt++) {
      cost = pressAccept();
    }
    assertThat(cost).isEqualTo(ACCEPT);
  }

  private Map<String, Long> pressAccept() {
    IssuedPair links =
        IssuedPair.call(probe, Calls.captainCalled(Calls.charterId(), clock.instant()));
    CrewClient crew = new CrewClient(port, CrewClient.randomAddress());
    String csrf = CrewClient.csrfOf(crew.get("accept", links.acceptToken()).body());
    int start = lines().size();

    assertThat(crew.post("accept", links.acceptToken(), csrf).statusCode()).isEqualTo(200);
    probe.await(Topic.AUTH_EVENTS, TokenAccepted.class, e -> e.getCallId().equals(links.callId()));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !CrewPagesIT.callItem(links.callId()).containsKey("outbox"));
    Map<String, Long> cost =
        lines().subList(start, lines().size()).stream()
            .filter(l -> l.endsWith(" crew-portal-links") && !l.startsWith("Query "))
            .collect(
                Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    System.out.printf("dynamodb_calls step=accept_pressed calls=%s%n", cost);
    return cost;
  }

  private static List<String> lines() {
    try {
      return Files.exists(LOG) ? Files.readAllLines(LOG) : List.of();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
