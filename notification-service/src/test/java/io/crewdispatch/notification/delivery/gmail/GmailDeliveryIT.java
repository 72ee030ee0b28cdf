package io.crewdispatch.notification.delivery.gmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.events.Integration;
import io.crewdispatch.events.IntegrationState;
import io.crewdispatch.events.IntegrationStateChanged;
import io.crewdispatch.events.NotificationFailed;
import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.notification.support.FakeGoogle;
import io.crewdispatch.notification.support.MailServer;
import io.crewdispatch.notification.support.Mails;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import io.crewdispatch.testsupport.WithInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The service on the Gmail transport (the real Gmail and OAuth clients against a local Google),
 * when Google refuses the refresh token: the call email is held, NotificationFailed says so, the
 * office is alerted over SMTP, health turns DOWN with what to do, and once a person writes a new
 * token file the held emails go out in order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithInfrastructure
@ContextConfiguration(initializers = GmailDeliveryIT.Settings.class)
class GmailDeliveryIT {

  static final String OFFICE = "gmail-office@example.com";
  static final Duration WAIT = Duration.ofSeconds(30);
  static final FakeGoogle GOOGLE = FakeGoogle.start();
  static final Path TOKEN_FILE = temporaryFolder().resolve("gmail-token.json");

  @LocalManagementPort int port;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void revokedRefreshTokenHoldsMailAlertsTheOfficeAndResumesAfterReauthorization()
      throws Exception {
    writeToken("revoked-refresh-token");
    GOOGLE.scriptToken(FakeGoogle.Answer.invalidGrant());
    String charterId = "CH-" + UUID.randomUUID();
    AcceptLinkIssued first = call(charterId);
    AcceptLinkIssued second = call(charterId);

    probe.publish(Topic.AUTH_LINKS, charterId, first);
    probe.publish(Topic.AUTH_LINKS, charterId, second);

    NotificationFailed failed = awaitEvent(NotificationFailed.class, first.getEventId());
    assertThat(failed.getKind()).isEqualTo("CALL");
    assertThat(failed.getError()).contains("Held", "invalid_grant", "authorize");
    NotificationSent alert = awaitEvent(NotificationSent.class, first.getEventId());
    assertThat(alert.getKind()).isEqualTo("CREDENTIALS_ALERT");
    assertThat(alert.getRecipients()).containsExactly(OFFICE);
    var alertMail =
        await().atMost(WAIT).until(() -> MailServer.inbox(OFFICE), m -> !m.isEmpty()).get(0);
    assertThat(alertMail.getSubject()).isEqualTo("ACTION NEEDED: Gmail sending stopped");
    assertThat(Mails.text(alertMail)).contains("java -jar notification-service.jar authorize");
    IntegrationStateChanged gmailDown =
        probe.await(
            Topic.OPS_EVENTS,
            IntegrationStateChanged.class,
            e -> e.getIntegration() == Integration.GMAIL && e.getState() == IntegrationState.DOWN);
    assertThat(gmailDown.getService()).isEqualTo("notification-service");
    assertThat(gmailDown.getWhatToDo())
        .contains("java -jar notification-service.jar authorize", TOKEN_FILE.toString());
    HttpResponse<String> down = health();
    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(down.body()).contains("\"gmail\"", "DOWN", "invalid_grant", "authorize");
    assertThat(GOOGLE.sendAttempts()).isEmpty();

    writeToken("fresh-refresh-token");

    NotificationSent sentFirst = awaitCall(first.getEventId());
    NotificationSent sentSecond = awaitCall(second.getEventId());
    assertThat(sentFirst.getMessageId()).startsWith("gmail-");
    // Gmail back UP is itself mailed to the office (OfficeAlerts); count the calls only.
    var calls =
        GOOGLE.accepted().stream()
            .filter(m -> messageId(m.rawMessage()).startsWith("<call."))
            .toList();
    assertThat(calls).hasSize(2);
    assertThat(Mails.text(Mails.parse(calls.get(0).rawMessage()))).contains(first.getAcceptUrl());
    assertThat(Mails.parse(calls.get(1).rawMessage()).getMessageID()).contains(second.getEventId());
    assertThat(sentSecond.getRecipients()).containsExactly("alex-marlow@example.com", OFFICE);
    assertThat(health().statusCode()).isEqualTo(200);
    probe.await(
        Topic.OPS_EVENTS,
        IntegrationStateChanged.class,
        e -> e.getIntegration() == Integration.GMAIL && e.getState() == IntegrationState.UP);
    assertThat(
            probe.events(
                Topic.NOTIFICATION_EVENTS,
                NotificationFailed.class,
                e -> e.getSourceEventId().equals(second.getEventId())))
        .as("the second event waited behind the first, it never failed")
        .isEmpty();
    assertThat(MailServer.inbox(OFFICE)).as("one alert for the whole outage").hasSize(1);
  }

  private static String messageId(byte[] raw) {
    try {
      return Mails.parse(raw).getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T extends org.apache.avro.specific.SpecificRecordBase> T awaitEvent(
      Class<T> type, String sourceEventId) {
    return probe.await(
        Topic.NOTIFICATION_EVENTS,
        type,
        e -> sourceEventId.equals(String.valueOf(e.get("sourceEventId"))),
        WAIT);
  }

  private NotificationSent awaitCall(String sourceEventId) {
    return probe.await(
        Topic.NOTIFICATION_EVENTS,
        NotificationSent.class,
        e -> e.getSourceEventId().equals(sourceEventId) && e.getKind().equals("CALL"),
        WAIT);
  }

  private HttpResponse<String> health() throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static AcceptLinkIssued call(String charterId) {
    return AcceptLinkIssued.newBuilder(Samples.acceptLinkIssued(charterId))
        .setAcceptUrl("http://localhost:8081/crew/accept?token=cd1_" + UUID.randomUUID())
        .build();
  }

  private static void writeToken(String refreshToken) throws IOException {
    new TokenFile(TOKEN_FILE)
        .write(
            new StoredToken(
                StoredToken.TYPE,
                "client-1",
                "secret-1",
                refreshToken,
                null,
                null,
                "https://www.googleapis.com/auth/gmail.send",
                Instant.now().toString()));
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("gmail-it");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gmail transport at the local Google; SMTP (GreenMail) only for the office alert. */
  static class Settings implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "gmailTestSettings",
                  Map.ofEntries(
                      Map.entry("crewdispatch.notification.transport", "gmail"),
                      Map.entry("crewdispatch.notification.office-email", OFFICE),
                      Map.entry("crewdispatch.notification.company-name", "Example Yacht Charters"),
                      Map.entry("crewdispatch.notification.send-rate-per-minute", "0"),
                      Map.entry("crewdispatch.notification.retry-interval", "200ms"),
                      Map.entry("crewdispatch.notification.smtp.host", "127.0.0.1"),
                      Map.entry(
                          "crewdispatch.notification.smtp.port", String.valueOf(MailServer.port())),
                      Map.entry(
                          "crewdispatch.notification.gmail.root-url", GOOGLE.rootUrl().toString()),
                      Map.entry(
                          "crewdispatch.notification.gmail.token-uri",
                          GOOGLE.tokenUri().toString()),
                      Map.entry(
                          "crewdispatch.notification.gmail.token-file", TOKEN_FILE.toString()),
                      Map.entry("crewdispatch.notification.gmail.backoff", "10ms,20ms"),
                      // dead-letter digests of other tests' poison would be sent through Gmail
                      // too; this test counts what Gmail accepted
                      Map.entry("crewdispatch.notification.digest.check-interval", "1h"))));
    }
  }
}
