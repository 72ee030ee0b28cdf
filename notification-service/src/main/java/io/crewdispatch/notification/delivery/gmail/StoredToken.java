package io.crewdispatch.notification.delivery.gmail;

import java.time.Instant;

/**
 * The OAuth token file's content: Google's {@code authorized_user} fields (so other Google tools
 * can read it too) plus the current access token and when it expires. Instants are ISO-8601 text.
 */
record StoredToken(
    String type,
    String clientId,
    String clientSecret,
    String refreshToken,
    String accessToken,
    String expiry,
    String scope,
    String updatedAt) {

  static final String TYPE = "authorized_user";

  Instant expiresAt() {
    return expiry == null || expiry.isBlank() ? null : Instant.parse(expiry);
  }

  /** After a refresh: a new access token, and the refresh token Google sent if it rotated it. */
  StoredToken refreshed(
      String newAccessToken, Instant newExpiry, String rotatedRefreshToken, Instant now) {
    return new StoredToken(
        TYPE,
        clientId,
        clientSecret,
        rotatedRefreshToken == null || rotatedRefreshToken.isBlank()
            ? refreshToken
            : rotatedRefreshToken,
        newAccessToken,
        newExpiry.toString(),
        scope,
        now.toString());
  }

  StoredToken withoutAccessToken() {
    return new StoredToken(
        type, clientId, clientSecret, refreshToken, null, null, scope, updatedAt);
  }

  @Override
  public String toString() {
    // Secrets never reach a log line.
    return "StoredToken[expiry=" + expiry + ", updatedAt=" + updatedAt + "]";
  }
}
