package io.crewdispatch.notification.delivery.gmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.CredentialsRefusedException;
import io.crewdispatch.notification.delivery.application.PermanentDeliveryException;
import io.crewdispatch.notification.delivery.application.SentMail;
import io.crewdispatch.notification.delivery.application.TransientDeliveryException;
import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.mime.MimeMessages;
import io.crewdispatch.notification.support.FakeGoogle;
import io.crewdispatch.notification.support.FakeGoogle.Answer;
import io.crewdispatch.notification.support.Mails;
import io.crewdispatch.notification.support.MutableClock;
import io.crewdispatch.notification.support.TestProperties;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

/**
 * The Gmail transport with the real google-api-services-gmail client and Google's OAuth client
 * against a local server that answers as Gmail and Google's token endpoint do.
 */
class GmailTransportTest {

  static final Instant NOW = Instant.parse("2026-06-01T16:00:00Z");

  @TempDir Path folder;
  FakeGoogle google;
  MutableClock clock = new MutableClock(NOW);
  List<Duration> sleeps = new ArrayList<>();
  Path tokenPath;
  TokenFile tokenFile;
  UserTokenSource tokens;
  GmailTransport transport;

  @BeforeEach
  void start() throws Exception {
    google = FakeGoogle.start();
    tokenPath = folder.resolve("gmail-token.json");
    tokenFile = new TokenFile(tokenPath);
    NotificationProperties.Gmail gmail =
        TestProperties.with(
                Map.of(
                    "crewdispatch.notification.transport", "gmail",
                    "crewdispatch.notification.gmail.root-url", google.rootUrl().toString(),
                    "crewdispatch.notification.gmail.token-uri", google.tokenUri().toString(),
                    "crewdispatch.notification.gmail.token-file", tokenPath.toString()))
            .gmail();
    NetHttpTransport http = new NetHttpTransport();
    tokens =
        new UserTokenSource(
            tokenFile, gmail, http, GsonFactory.getDefaultInstance(), clock, sleeps::add);
    transport =
        new GmailTransport(
            GmailConfiguration.client(http, gmail),
            tokens,
            new MimeMessages(clock),
            gmail,
            sleeps::add);
  }

  @AfterEach
  void stop() {
    google.close();
  }

  @Test
  void rawMessageDecodesToTheRightRecipientsSubjectBothPartsAndAttachment() throws Exception {
    storeToken("refresh-1", null, null);
    byte[] workbook = {80, 75, 3, 4, 1, 2, 3};

    SentMail sent =
        transport.send(
            email(
                List.of(
                    new Email.Attachment(
                        "may.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        workbook))));

    assertThat(google.accepted()).hasSize(1);
    FakeGoogle.Request request = google.accepted().get(0);
    assertThat(request.gzipped()).as("Google's client gzips request bodies").isTrue();
    assertThat(sent.messageId()).startsWith("gmail-");
    assertThat(sent.mime()).isEqualTo(request.rawMessage());
    MimeMessage mail = Mails.parse(request.rawMessage());
    assertThat(Mails.to(mail)).containsExactly("alex-marlow@example.com");
    assertThat(Mails.cc(mail)).containsExactly("office@example.com");
    assertThat(mail.getSubject()).isEqualTo("Captain needed: Sea Breeze, Sun Jun 14, 9:30 AM");
    assertThat(mail.getMessageID()).isEqualTo("<call.event-1@example.com>");
    assertThat(Mails.text(mail)).contains("https://crew.example.com/accept?token=a&b=c");
    assertThat(Mails.hrefs(Mails.html(mail)))
        .contains("https://crew.example.com/accept?token=a&b=c");
    assertThat(Mails.attachments(mail))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.fileName()).isEqualTo("may.xlsx");
              assertThat(a.content()).isEqualTo(workbook);
            });
  }

  @Test
  void accessTokenNearExpiryIsRefreshedBeforeTheCall() throws Exception {
    storeToken("refresh-1", "old-token", NOW.plus(Duration.ofMinutes(2)));
    google.accept("old-token");

    transport.send(email(List.of()));

    assertThat(google.tokenRequests())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.form()).containsEntry("grant_type", "refresh_token");
              assertThat(r.form()).containsEntry("refresh_token", "refresh-1");
              assertThat(r.form()).containsEntry("client_id", "client-1");
            });
    String fresh = google.accepted().get(0).authorization();
    assertThat(fresh).isNotEqualTo("Bearer old-token").startsWith("Bearer access-");
    StoredToken stored = tokenFile.read().orElseThrow();
    assertThat("Bearer " + stored.accessToken()).isEqualTo(fresh);
    assertThat(stored.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
  }

  @Test
  void validAccessTokenIsUsedWithoutCallingTheTokenEndpoint() throws Exception {
    storeToken("refresh-1", "good-token", NOW.plus(Duration.ofHours(1)));
    google.accept("good-token");

    transport.send(email(List.of()));

    assertThat(google.tokenRequests()).isEmpty();
    assertThat(google.accepted().get(0).authorization()).isEqualTo("Bearer good-token");
  }

  @Test
  void rotatedRefreshTokenIsPersistedInAFileOnlyItsOwnerCanRead() throws Exception {
    storeToken("refresh-1", null, null);
    google.rotateRefreshTokenTo("refresh-2");

    transport.send(email(List.of()));

    assertThat(tokenFile.read().orElseThrow().refreshToken()).isEqualTo("refresh-2");
    assertThat(Files.getPosixFilePermissions(tokenPath)).isEqualTo(TokenFile.OWNER_ONLY);
    clock.advance(Duration.ofHours(2));
    transport.send(email(List.of()));
    assertThat(google.tokenRequests().get(1).form()).containsEntry("refresh_token", "refresh-2");
  }

  @Test
  void invalidGrantIsNotRetriedTurnsHealthDownAndWaitsForANewFile() throws Exception {
    storeToken("revoked", null, null);
    google.scriptToken(Answer.invalidGrant());

    assertThatThrownBy(() -> transport.send(email(List.of())))
        .isInstanceOf(CredentialsRefusedException.class)
        .hasMessageContaining("invalid_grant")
        .hasMessageContaining("java -jar notification-service.jar authorize");
    assertThat(google.tokenRequests()).hasSize(1);
    assertThat(sleeps).isEmpty();
    var health = new GmailHealthIndicator(tokens).health(true);
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(String.valueOf(health.getDetails().get("problem")))
        .contains("revoked or expired", "authorize", tokenPath.toString());

    // Until a person replaces the file, Google is not asked again.
    assertThatThrownBy(() -> transport.send(email(List.of())))
        .isInstanceOf(CredentialsRefusedException.class);
    assertThat(google.tokenRequests()).hasSize(1);

    storeToken("refresh-new", null, null);
    transport.send(email(List.of()));
    assertThat(google.accepted()).hasSize(1);
    assertThat(new GmailHealthIndicator(tokens).health(true).getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void missingTokenFileHoldsMailAndSaysHowToCreateIt() {
    assertThat(new GmailHealthIndicator(tokens).health(true).getStatus()).isEqualTo(Status.DOWN);
    assertThatThrownBy(() -> transport.send(email(List.of())))
        .isInstanceOf(CredentialsRefusedException.class)
        .hasMessageContaining("No Gmail token file")
        .hasMessageContaining("authorize");
    assertThat(google.sendAttempts()).isEmpty();
  }

  @Test
  void failedRefreshIsRetriedAfterOneTwoFourAndEightSeconds() throws Exception {
    storeToken("refresh-1", null, null);
    google.scriptToken(
        Answer.unavailable(), Answer.unavailable(), Answer.unavailable(), Answer.unavailable());

    transport.send(email(List.of()));

    assertThat(sleeps)
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8));
    assertThat(google.tokenRequests()).hasSize(5);
    assertThat(google.accepted()).hasSize(1);
  }

  @Test
  void refreshThatKeepsFailingGivesTheEventBackForLater() throws Exception {
    storeToken("refresh-1", null, null);
    for (int i = 0; i < 5; i++) {
      google.scriptToken(Answer.unavailable());
    }

    assertThatThrownBy(() -> transport.send(email(List.of())))
        .isInstanceOf(TransientDeliveryException.class);
    assertThat(sleeps).hasSize(4);
    assertThat(google.sendAttempts()).isEmpty();
    assertThat(new GmailHealthIndicator(tokens).health(true).getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void tooManyRequestsThenSuccessSendsOnceAfterRetryAfter() throws Exception {
    storeToken("refresh-1", null, null);
    google.scriptSend(
        Answer.gmailError(429, "rateLimitExceeded", "User-rate limit exceeded")
            .withHeader("Retry-After", "3"));

    transport.send(email(List.of()));

    assertThat(google.sendAttempts()).hasSize(2);
    assertThat(google.accepted()).hasSize(1);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void serverErrorsWithoutRetryAfterBackOff() throws Exception {
    storeToken("refresh-1", null, null);
    google.scriptSend(
        Answer.gmailError(500, "backendError", "Backend Error"),
        Answer.gmailError(503, "backendError", "Backend Error"));

    transport.send(email(List.of()));

    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(google.accepted()).hasSize(1);
  }

  @Test
  void badRequestIsAPermanentFailureWithGmailsReason() throws Exception {
    storeToken("refresh-1", null, null);
    google.scriptSend(Answer.gmailError(400, "invalidArgument", "Invalid To header"));

    assertThatThrownBy(() -> transport.send(email(List.of())))
        .isInstanceOf(PermanentDeliveryException.class)
        .satisfies(
            e ->
                assertThat(((PermanentDeliveryException) e).detail())
                    .contains("Invalid To header"));
    assertThat(google.sendAttempts()).hasSize(1);
  }

  @Test
  void revokedAccessTokenIsReplacedOnceBeforeGivingUp() throws Exception {
    storeToken("refresh-1", "stale-token", NOW.plus(Duration.ofHours(1)));

    transport.send(email(List.of()));

    assertThat(google.sendAttempts()).hasSize(2);
    assertThat(google.sendAttempts().get(0).authorization()).isEqualTo("Bearer stale-token");
    assertThat(google.tokenRequests()).hasSize(1);
    assertThat(google.accepted()).hasSize(1);
  }

  private void storeToken(String refreshToken, String accessToken, Instant expiry)
      throws Exception {
    tokenFile.write(
        new StoredToken(
            StoredToken.TYPE,
            "client-1",
            "secret-1",
            refreshToken,
            accessToken,
            expiry == null ? null : expiry.toString(),
            "https://www.googleapis.com/auth/gmail.send",
            NOW.toString()));
  }

  static Email email(List<Email.Attachment> attachments) {
    return new Email(
        new Email.Address("dispatch@example.com", "Crew Dispatch"),
        List.of(new Email.Address("alex-marlow@example.com", "Alex Marlow")),
        List.of(new Email.Address("office@example.com", "Office")),
        "Captain needed: Sea Breeze, Sun Jun 14, 9:30 AM",
        "<p><a href=\"https://crew.example.com/accept?token=a&amp;b=c\">Accept</a></p>",
        "ACCEPT:\nhttps://crew.example.com/accept?token=a&b=c\n",
        attachments,
        "<call.event-1@example.com>");
  }
}
