package io.crewdispatch.notification.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

  /** The follow-up texts' link key in tests (32 bytes, base64). */
  public static final String LINK_KEY = "dGVzdC1vbmx5LWxpbmsta2V5LTMyLWJ5dGVzLWxvbmc=";

  /** The office's phones, as the office would type them; texted when mail itself is down. */
  public static final String OFFICE_PHONES = "+1 619 555 0142, (619) 555-0143";

  /** The same numbers in E.164. */
  public static final List<String> OFFICE_PHONES_E164 = List.of("+16195550142", "+16195550143");

  private static Path archive;
  private static Path operationLog;

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

  /**
   * The folder where the platform logs every DynamoDB call of the shared context, one line each
   * ({@code DynamoDbCallsIT} counts them).
   */
  public static synchronized Path operationLog() {
    if (operationLog == null) {
      try {
        operationLog = Files.createTempDirectory("notification-dynamodb-calls");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return operationLog;
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "notificationTestSettings",
                Map.ofEntries(
                    Map.entry("crewdispatch.notification.sms.gateway", "twilio"),
                    Map.entry(
                        "crewdispatch.notification.sms.twilio.account-sid", FakeTwilio.ACCOUNT),
                    Map.entry("crewdispatch.notification.sms.twilio.auth-token", FakeTwilio.TOKEN),
                    Map.entry("crewdispatch.notification.sms.twilio.from", "+16195550100"),
                    Map.entry(
                        "crewdispatch.notification.sms.twilio.base-url",
                        TwilioServer.fake().baseUrl().toString()),
                    Map.entry("crewdispatch.notification.sms.twilio.backoff", "50ms"),
                    Map.entry("crewdispatch.notification.quiet-hours.enabled", "false"),
                    Map.entry("crewdispatch.notification.schedule.check-interval", "200ms"),
                    Map.entry("crewdispatch.notification.schedule.link-key", LINK_KEY),
                    // an office email failed while mail is down is tried again soon
                    Map.entry("crewdispatch.notification.schedule.claim-lease", "2s"),
                    Map.entry("crewdispatch.notification.transport", "smtp"),
                    Map.entry("crewdispatch.notification.smtp.host", "127.0.0.1"),
                    Map.entry(
                        "crewdispatch.notification.smtp.port", String.valueOf(MailServer.port())),
                    Map.entry("crewdispatch.notification.office-email", OFFICE + ", " + OFFICE_2),
                    Map.entry("crewdispatch.notification.office-phones", OFFICE_PHONES),
                    Map.entry("crewdispatch.notification.company-name", "Example Yacht Charters"),
                    Map.entry("crewdispatch.notification.archive-dir", archive().toString()),
                    Map.entry("crewdispatch.notification.send-rate-per-minute", "0"),
                    Map.entry("crewdispatch.notification.retry-interval", "200ms"),
                    Map.entry("crewdispatch.notification.digest.gap", DIGEST_GAP.toString()),
                    Map.entry("crewdispatch.notification.digest.check-interval", "200ms"),
                    Map.entry(
                        "crewdispatch.platform.dynamodb.operation-log-dir",
                        operationLog().toString()),
                    Map.entry("crewdispatch.platform.dynamodb.operation-log-every-call", "true"))));
  }
}
