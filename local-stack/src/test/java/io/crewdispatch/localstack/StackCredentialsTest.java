package io.crewdispatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether the console can start side by side with auth-service or must wait for its secret. */
class StackCredentialsTest {

  @TempDir Path dir;

  @Test
  void onAFirstStartThereIsNoSecretYetSoTheConsoleWaits() {
    assertThat(StackCredentials.consoleSecretWritten(dir.resolve("local-credentials.properties")))
        .isEmpty();
  }

  @Test
  void onALaterStartTheSecretAuthServiceWroteIsTheConsoles() throws Exception {
    Path file = dir.resolve("local-credentials.properties");
    Files.writeString(
        file,
        "office.email=office@example.test\n"
            + "demo-booking.client-secret=booking-secret\n"
            + "office-console.client-secret=console-secret\n");

    assertThat(StackCredentials.consoleSecretWritten(file)).contains("console-secret");
  }

  @Test
  void aFileWithoutTheConsolesSecretMakesTheConsoleWait() throws Exception {
    Path file = dir.resolve("local-credentials.properties");
    Files.writeString(file, "office.email=office@example.test\noffice-console.client-secret=\n");

    assertThat(StackCredentials.consoleSecretWritten(file)).isEmpty();
  }
}
