package io.crewdispatch.notification.delivery.gmail;

import com.google.api.client.http.HttpResponseException;
import com.google.api.client.http.HttpTransport;
import com.google.api.services.gmail.GmailScopes;
import com.google.auth.Retryable;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.ServiceAccountCredentials;
import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.CredentialsRefusedException;
import io.crewdispatch.notification.delivery.application.TransientDeliveryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access tokens for a Google Workspace mailbox through a service account with domain-wide
 * delegation: no refresh token to keep, but delegation can still be withdrawn, which is treated
 * like a revoked refresh token until the key file changes.
 */
class ServiceAccountTokenSource implements AccessTokenSource {

  private static final Logger log = LoggerFactory.getLogger(ServiceAccountTokenSource.class);

  private final NotificationProperties.Gmail gmail;
  private final HttpTransport http;
  private final Clock clock;
  private final Sleeper sleeper;
  private final TokenFile keyFile;

  private ServiceAccountCredentials credentials;
  private CredentialsState refused;
  private String refusedFingerprint;

  ServiceAccountTokenSource(
      NotificationProperties.Gmail gmail, HttpTransport http, Clock clock, Sleeper sleeper) {
    this.gmail = gmail;
    this.http = http;
    this.clock = clock;
    this.sleeper = sleeper;
    // Only for its fingerprint: the key file is read, never written.
    this.keyFile = new TokenFile(gmail.serviceAccountFile());
  }

  @Override
  public synchronized String accessToken() {
    if (refused != null) {
      if (keyFile.fingerprint().equals(refusedFingerprint)) {
        throw new CredentialsRefusedException(refused.problem());
      }
      refused = null;
      credentials = null;
    }
    if (credentials == null) {
      credentials = load();
    }
    AccessToken current = credentials.getAccessToken();
    if (current == null
        || current.getExpirationTime() == null
        || !clock
            .instant()
            .plus(gmail.refreshMargin())
            .isBefore(current.getExpirationTime().toInstant())) {
      current = refresh();
    }
    return current.getTokenValue();
  }

  @Override
  public synchronized void invalidate() {
    credentials = null;
  }

  @Override
  public synchronized CredentialsState state() {
    if (refused != null) {
      return refused;
    }
    AccessToken current = credentials == null ? null : credentials.getAccessToken();
    return CredentialsState.usable(
        current == null || current.getExpirationTime() == null
            ? null
            : current.getExpirationTime().toInstant());
  }

  private ServiceAccountCredentials load() {
    Path path = gmail.serviceAccountFile();
    try (InputStream in = Files.newInputStream(path)) {
      return ServiceAccountCredentials.fromStream(in, () -> http).toBuilder()
          .setTokenServerUri(gmail.tokenUri())
          .setScopes(List.of(GmailScopes.GMAIL_SEND))
          .setServiceAccountUser(gmail.delegatedUser())
          .setHttpTransportFactory(() -> http)
          .build();
    } catch (IOException e) {
      throw refuse("cannot read the key file " + path + ": " + e.getMessage());
    }
  }

  private AccessToken refresh() {
    List<Duration> backoff = gmail.backoff();
    IOException last = null;
    for (int attempt = 0; attempt <= backoff.size(); attempt++) {
      if (attempt > 0) {
        sleeper.sleep(backoff.get(attempt - 1));
      }
      try {
        credentials.refresh();
        return credentials.getAccessToken();
      } catch (IOException e) {
        if (refusedByGoogle(e)) {
          throw refuse(e.getMessage());
        }
        last = e;
        log.warn("event=gmail_token_refresh_failed attempt={}", attempt + 1);
      }
    }
    throw new TransientDeliveryException(
        "Google's token endpoint failed " + (backoff.size() + 1) + " times", last);
  }

  /** A 4xx answer from the token endpoint (invalid_grant, unauthorized_client) needs a person. */
  private static boolean refusedByGoogle(IOException e) {
    // google-auth wraps the token endpoint's answer in a (package-private) Retryable exception.
    if (e instanceof Retryable retryable && retryable.isRetryable()) {
      return false;
    }
    Throwable cause = e instanceof Retryable ? e.getCause() : e;
    return cause instanceof HttpResponseException response
        && response.getStatusCode() >= 400
        && response.getStatusCode() < 500
        && response.getStatusCode() != 408
        && response.getStatusCode() != 429;
  }

  private CredentialsRefusedException refuse(String detail) {
    String problem = Problems.serviceAccountRefused(detail, gmail.delegatedUser());
    refused = CredentialsState.refused(problem, clock.instant());
    refusedFingerprint = keyFile.fingerprint();
    log.error("event=gmail_credentials_refused auth=service-account");
    return new CredentialsRefusedException(problem);
  }
}
