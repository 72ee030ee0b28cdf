package io.crewdispatch.notification.delivery.gmail;

import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.RefreshTokenRequest;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.json.JsonFactory;
import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.CredentialsRefusedException;
import io.crewdispatch.notification.delivery.application.TransientDeliveryException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access tokens from the user's OAuth refresh token in the token file. Refreshes before a call when
 * the access token is near expiry and persists what Google returns (a rotated refresh token too). A
 * refused refresh token is not retried: the source stays refused, without calling Google again,
 * until a person replaces the file.
 */
class UserTokenSource implements AccessTokenSource {

  private static final Logger log = LoggerFactory.getLogger(UserTokenSource.class);

  private final TokenFile file;
  private final NotificationProperties.Gmail gmail;
  private final HttpTransport http;
  private final JsonFactory json;
  private final Clock clock;
  private final Sleeper sleeper;

  private StoredToken token;
  private CredentialsState refused;
  private String refusedFingerprint;

  UserTokenSource(
      TokenFile file,
      NotificationProperties.Gmail gmail,
      HttpTransport http,
      JsonFactory json,
      Clock clock,
      Sleeper sleeper) {
    this.file = file;
    this.gmail = gmail;
    this.http = http;
    this.json = json;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  public synchronized String accessToken() {
    if (refused != null) {
      if (file.fingerprint().equals(refusedFingerprint)) {
        throw new CredentialsRefusedException(refused.problem());
      }
      log.info("event=gmail_token_file_replaced path={}", file.path());
      refused = null;
      token = null;
    }
    if (token == null) {
      token = load();
    }
    Instant expiresAt = token.expiresAt();
    if (token.accessToken() == null
        || expiresAt == null
        || !clock.instant().plus(gmail.refreshMargin()).isBefore(expiresAt)) {
      token = refresh(token);
    }
    return token.accessToken();
  }

  @Override
  public synchronized void invalidate() {
    if (token != null) {
      token = token.withoutAccessToken();
    }
  }

  @Override
  public synchronized CredentialsState state() {
    if (refused != null) {
      return refused;
    }
    if (token == null && "missing".equals(file.fingerprint())) {
      return CredentialsState.refused(Problems.missingFile(file.path()), clock.instant());
    }
    return CredentialsState.usable(token == null ? null : token.expiresAt());
  }

  private StoredToken load() {
    try {
      StoredToken stored = file.read().orElseThrow(() -> refuse(Problems.missingFile(file.path())));
      if (stored.refreshToken() == null || stored.refreshToken().isBlank()) {
        throw refuse(Problems.noRefreshToken(file.path()));
      }
      return stored;
    } catch (IOException e) {
      throw refuse(Problems.unreadableFile(file.path(), e));
    }
  }

  private StoredToken refresh(StoredToken current) {
    List<Duration> backoff = gmail.backoff();
    IOException last = null;
    for (int attempt = 0; attempt <= backoff.size(); attempt++) {
      if (attempt > 0) {
        sleeper.sleep(backoff.get(attempt - 1));
      }
      try {
        return persist(current, request(current).execute());
      } catch (TokenResponseException e) {
        if (!retryable(e.getStatusCode())) {
          throw refuse(Problems.refused(e, file.path()));
        }
        last = e;
      } catch (IOException e) {
        last = e;
      }
      log.warn("event=gmail_token_refresh_failed attempt={} error={}", attempt + 1, brief(last));
    }
    throw new TransientDeliveryException(
        "Google's token endpoint failed " + (backoff.size() + 1) + " times: " + brief(last), last);
  }

  private RefreshTokenRequest request(StoredToken current) {
    String clientId = gmail.clientId().isBlank() ? current.clientId() : gmail.clientId();
    String secret = gmail.clientSecret().isBlank() ? current.clientSecret() : gmail.clientSecret();
    return new RefreshTokenRequest(
            http, json, new GenericUrl(gmail.tokenUri()), current.refreshToken())
        .setClientAuthentication(new ClientParametersAuthentication(clientId, secret));
  }

  private StoredToken persist(StoredToken current, TokenResponse response) throws IOException {
    Instant now = clock.instant();
    long lifetime = response.getExpiresInSeconds() == null ? 3600 : response.getExpiresInSeconds();
    StoredToken fresh =
        current.refreshed(
            response.getAccessToken(), now.plusSeconds(lifetime), response.getRefreshToken(), now);
    file.write(fresh);
    log.info(
        "event=gmail_token_refreshed expiresAt={} refreshTokenRotated={}",
        fresh.expiry(),
        response.getRefreshToken() != null);
    return fresh;
  }

  /** invalid_grant, invalid_client and the like need a person; timeouts and 5xx do not. */
  private static boolean retryable(int status) {
    return status == 408 || status == 429 || status >= 500;
  }

  private CredentialsRefusedException refuse(String problem) {
    refused = CredentialsState.refused(problem, clock.instant());
    refusedFingerprint = file.fingerprint();
    log.error("event=gmail_credentials_refused path={}", file.path());
    return new CredentialsRefusedException(problem);
  }

  private static String brief(Exception e) {
    return e == null ? "none" : e.getClass().getSimpleName();
  }
}
