package io.crewdispatch.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void namesTheChainsTypesAndWhereTheInnermostWasThrownButNoMessage() {
    IOException refused = new IOException("550 5.1.1 <sam-rigging@example.com>: User unknown");
    StackTraceElement thrownAt = new StackTraceElement("a.b.Mailer", "send", "Mailer.java", 42);
    refused.setStackTrace(new StackTraceElement[] {thrownAt});
    UncheckedIOException wrapped =
        new UncheckedIOException(
            "Drive upload of May 2026 Statement — Sam Rigging failed", refused);

    String described = Failures.describe(wrapped);

    assertThat(described)
        .isEqualTo("UncheckedIOException<IOException at=Mailer.send(Mailer.java:42)")
        .doesNotContain("example.com")
        .doesNotContain("Sam Rigging");
  }

  @Test
  void pointsAtTheInnermostFailuresFirstFrameInOurCodeWhenItHasOne() {
    IOException refused = new IOException("Connect to localhost failed: refused");
    refused.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("sun.nio.ch.Net", "pollConnect", "Net.java", -2),
          new StackTraceElement("software.amazon.Sdk", "execute", "Sdk.java", 10),
          new StackTraceElement("io.crewdispatch.auth.link.Outbox", "sweep", "Outbox.java", 36),
          new StackTraceElement("io.crewdispatch.auth.config.Schedule", "run", "Schedule.java", 5)
        });

    assertThat(Failures.describe(new IllegalStateException("wrapped", refused)))
        .isEqualTo("IllegalStateException<IOException at=Outbox.sweep(Outbox.java:36)");
  }

  @Test
  void aFailureWithoutFramesIsItsTypes() {
    IllegalStateException failure = new IllegalStateException("Morgan Tide");
    failure.setStackTrace(new StackTraceElement[0]);

    assertThat(Failures.describe(failure)).isEqualTo("IllegalStateException");
  }
}
