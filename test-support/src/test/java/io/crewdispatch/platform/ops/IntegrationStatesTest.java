package io.crewdispatch.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.events.Integration;
import io.crewdispatch.events.IntegrationState;
import io.crewdispatch.events.IntegrationStateChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * DOWN only once failures outlast the threshold (blips say nothing), at once when a person must
 * act, UP with the first success after a DOWN, and each said once.
 */
@ExtendWith(OutputCaptureExtension.class)
class IntegrationStatesTest {

  Instant now = Instant.parse("2026-06-01T16:00:00Z");
  List<IntegrationStateChanged> said = new CopyOnWriteArrayList<>();

  Clock clock =
      new Clock() {
        @Override
        public Instant instant() {
          return now;
        }

        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }
      };

  OpsEvents ops =
      new OpsEvents(null, "dispatch-service") {
        @Override
        public void integrationStateChanged(IntegrationStateChanged event) {
          said.add(event);
        }
      };

  IntegrationStates states = new IntegrationStates(ops, clock, Duration.ofSeconds(30));

  @Test
  void anOutageIsSaidOnceItOutlastsTheThresholdAndItsEndWhenItRecovers() {
    Instant start = now;
    states.failed(Integration.DYNAMODB, "connection refused", null, false);
    now = now.plusSeconds(29);
    states.failed(Integration.DYNAMODB, "connection refused", null, false);
    assertThat(said).as("a blip says nothing").isEmpty();

    now = now.plusSeconds(1);
    states.failed(Integration.DYNAMODB, "connection refused", null, false);
    now = now.plusSeconds(5);
    states.failed(Integration.DYNAMODB, "connection refused", null, false);
    awaitSaid(1);
    IntegrationStateChanged down = said.get(0);
    assertThat(down.getState()).isEqualTo(IntegrationState.DOWN);
    assertThat(down.getSince()).isEqualTo(start);
    assertThat(down.getService()).isEqualTo("dispatch-service");

    states.succeeded(Integration.DYNAMODB);
    states.succeeded(Integration.DYNAMODB);
    awaitSaid(2);
    assertThat(said.get(1).getState()).isEqualTo(IntegrationState.UP);
  }

  @Test
  void aFailureASuccessInterruptsStartsTheClockAgain() {
    states.failed(Integration.KAFKA, "timeout", null, false);
    now = now.plusSeconds(20);
    states.succeeded(Integration.KAFKA);
    states.failed(Integration.KAFKA, "timeout", null, false);
    now = now.plusSeconds(20);
    states.failed(Integration.KAFKA, "timeout", null, false);

    assertThat(said).isEmpty();
    assertThat(states.announced(Integration.KAFKA)).isEqualTo(IntegrationState.UP);
  }

  @Test
  void whatAPersonMustFixIsSaidAtOnceWithWhatToDo() {
    states.failed(Integration.GMAIL, "invalid_grant", "run authorize", true);

    awaitSaid(1);
    assertThat(said.get(0).getState()).isEqualTo(IntegrationState.DOWN);
    assertThat(said.get(0).getWhatToDo()).isEqualTo("run authorize");
  }

  @Test
  void theLogSaysTheStateButNotTheDetailWhichMayQuoteAPerson(CapturedOutput output) {
    states.failed(
        Integration.DRIVE, "Drive upload of May 2026 Statement — Wren Jetty failed", null, true);

    awaitSaid(1);
    assertThat(said.get(0).getDetail()).contains("Wren Jetty"); // for the office, on ops-events
    assertThat(output.getOut())
        .contains("event=integration_state integration=DRIVE state=DOWN since=2026-06-01T16:00:00Z")
        .doesNotContain("Wren Jetty");
  }

  private void awaitSaid(int count) {
    Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> said.size() >= count);
    assertThat(said).hasSize(count);
  }
}
