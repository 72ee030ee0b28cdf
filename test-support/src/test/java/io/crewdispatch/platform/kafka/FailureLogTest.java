package io.crewdispatch.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.FixedBackOff;

@ExtendWith(OutputCaptureExtension.class)
class FailureLogTest {

  static final String ADDRESS = "rowan.keel@example.com";

  @Test
  void aLongRetryIsLoggedAtAttemptsThatArePowersOfTwoWithoutTheFailuresMessage(
      CapturedOutput output) {
    FailureLog log = new FailureLog(failure -> true);
    ConsumerRecord<String, String> record = new ConsumerRecord<>("auth-links", 2, 41, "CH-7", "x");
    for (int attempt = 1; attempt <= 100; attempt++) {
      log.failedDelivery(
          record, new IllegalStateException("451 4.7.1 <" + ADDRESS + ">: later"), attempt);
    }

    assertThat(
            Pattern.compile("event=record_failed topic=auth-links partition=2 offset=41 key=CH-7")
                .matcher(output.getAll())
                .results()
                .count())
        .isEqualTo(7); // 1, 2, 4, 8, 16, 32, 64
    assertThat(output.getAll())
        .contains("attempt=64 failure=IllegalStateException")
        .doesNotContain("attempt=3 ")
        .doesNotContain(ADDRESS);
  }

  @Test
  void aDeadLetterThatCannotBeWrittenIsAnErrorNamingBothFailuresTypes(CapturedOutput output) {
    new FailureLog(failure -> true)
        .recoveryFailed(
            new ConsumerRecord<>("charter-events", 0, 7, "CH-9", "x"),
            new NonRetryableEventException("Invalid event: " + ADDRESS),
            new IllegalStateException("broker away"));

    assertThat(output.getAll())
        .contains(
            "event=dead_letter_failed topic=charter-events partition=0 offset=7 key=CH-9"
                + " failure=NonRetryableEventException cause=IllegalStateException")
        .doesNotContain(ADDRESS);
  }

  @Test
  void aFailureTheHandlerDoesNotRetryIsLeftToTheDeadLetterLine(CapturedOutput output) {
    ClassifyingErrorHandler handler =
        new ClassifyingErrorHandler((record, failure) -> {}, new FixedBackOff(0, 0));
    handler.addNotRetryableExceptions(NonRetryableEventException.class);
    FailureLog log = new FailureLog(handler::retries);

    log.failedDelivery(
        new ConsumerRecord<>("charter-events", 1, 5, "CH-poison", "x"),
        new ListenerExecutionFailedException(
            "Listener failed", new NonRetryableEventException("Invalid event")),
        1);
    log.failedDelivery(
        new ConsumerRecord<>("charter-events", 1, 6, "CH-later", "x"),
        new ListenerExecutionFailedException(
            "Listener failed", new IllegalStateException("table busy")),
        1);

    assertThat(output.getAll())
        .doesNotContain("key=CH-poison")
        .contains("offset=6 key=CH-later attempt=1 failure=IllegalStateException");
  }
}
