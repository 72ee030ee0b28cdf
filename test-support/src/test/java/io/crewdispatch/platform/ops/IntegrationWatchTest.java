package io.crewdispatch.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.events.Integration;
import io.crewdispatch.events.IntegrationState;
import io.crewdispatch.events.IntegrationStateChanged;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The watch probes an integration only when none of the service's own calls proved it answers
 * within the interval; a failing one answers nothing, so its outage is still found, and an answer
 * after an outage says it is over without a probe.
 */
class IntegrationWatchTest {

  static final Duration INTERVAL = Duration.ofSeconds(5);

  long nanos = 1_000_000_000L;
  IntegrationAnswers answers = new IntegrationAnswers(() -> nanos);
  IntegrationStates states =
      new IntegrationStates(
          new OpsEvents(null, "dispatch-service") {
            @Override
            public void integrationStateChanged(IntegrationStateChanged event) {
              // said on ops-events: IntegrationStatesTest covers what is said
            }
          },
          Clock.systemUTC(),
          Duration.ZERO);
  Probe kafka = new Probe();
  Probe dynamoDb = new Probe();
  IntegrationWatch watch = new IntegrationWatch(states, answers, checks(), INTERVAL);

  @Test
  void anIntegrationThatAnsweredWithinTheIntervalIsNotProbed() {
    answers.answered(Integration.DYNAMODB);
    nanos += Duration.ofSeconds(4).toNanos();

    watch.check();

    assertThat(dynamoDb.probes).as("DynamoDB answered 4 s ago").hasValue(0);
    assertThat(kafka.probes).as("Kafka never answered").hasValue(1);
  }

  @Test
  void oneThatAnsweredLongerAgoIsProbedAndItsOutageFound() {
    answers.answered(Integration.DYNAMODB);
    nanos += INTERVAL.toNanos();
    dynamoDb.up = false;

    watch.check();

    assertThat(dynamoDb.probes).hasValue(1);
    assertThat(states.announced(Integration.DYNAMODB)).isEqualTo(IntegrationState.DOWN);
  }

  @Test
  void anAnswerAfterAnOutageSaysItIsOverWithoutAProbe() {
    dynamoDb.up = false;
    watch.check();
    assertThat(states.announced(Integration.DYNAMODB)).isEqualTo(IntegrationState.DOWN);

    nanos += INTERVAL.toNanos();
    answers.answered(Integration.DYNAMODB);
    watch.check();

    assertThat(dynamoDb.probes).as("only the first check probed").hasValue(1);
    assertThat(states.announced(Integration.DYNAMODB)).isEqualTo(IntegrationState.UP);
  }

  private Map<Integration, HealthIndicator> checks() {
    Map<Integration, HealthIndicator> checks = new LinkedHashMap<>();
    checks.put(Integration.KAFKA, kafka);
    checks.put(Integration.DYNAMODB, dynamoDb);
    return checks;
  }

  /** A health check that counts its probes. */
  static final class Probe implements HealthIndicator {

    final AtomicInteger probes = new AtomicInteger();
    volatile boolean up = true;

    @Override
    public Health health() {
      probes.incrementAndGet();
      return up ? Health.up().build() : Health.down().build();
    }
  }
}
