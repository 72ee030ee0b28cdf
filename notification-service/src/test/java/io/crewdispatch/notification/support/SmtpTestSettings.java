package io.crewdispatch.notification.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the service at GreenMail and a temporary archive folder. */
public class SmtpTestSettings
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String OFFICE = "office@example.com";

  /** The dead-letter digest's gap in tests: short, but long enough to see it hold a digest back. */
  public static final Duration DIGEST_GAP = Duration.ofSeconds(3);

  /** The office is two people: every call is copied and every alert sent to both. */
  public static final String OFFICE_2 = "office-2@example.com";

  private static Path archive;

  /** The archive folder of the shared context, created once per JVM. */
  public static synchronized Path archive() {
    if (archive == null) {
      try {
        archive = Files.createTempDirectory("notification-archive");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return archive;
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "notificationTestSettings",
                Map.of(
                    "crewdispatch.notification.transport", "smtp",
                    "crewdispatch.notification.smtp.host", "127.0.0.1",
                    "crewdispatch.notification.smtp.port", String.valueOf(MailServer.port()),
                    "crewdispatch.notification.office-email", OFFICE + ", " + OFFICE_2,
                    "crewdispatch.notification.company-name", "Example Yacht Charters",
                    "crewdispatch.notification.archive-dir", archive().toString(),
                    "crewdispatch.notification.send-rate-per-minute", "0",
                    "crewdispatch.notification.retry-interval", "200ms",
                    "crewdispatch.notification.digest.gap", DIGEST_GAP.toString(),
                    "crewdispatch.notification.digest.check-interval", "200ms")));
  }
}
