package io.crewdispatch.notification.delivery.gmail;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.client.http.javanet.NetHttpTransport;
import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.support.FakeGoogle;
import io.crewdispatch.notification.support.MutableClock;
import io.crewdispatch.notification.support.TestProperties;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed-app flow end to end: the consent URL a person would open, Google's redirect to the
 * local receiver (played by the test's "browser"), the code exchange, the token file.
 */
class AuthorizeCommandTest {

  @TempDir Path folder;

  @Test
  void consentWritesATokenFileWithTheRefreshTokenReadableByItsOwnerOnly() throws Exception {
    try (FakeGoogle google = FakeGoogle.start()) {
      Path tokenPath = folder.resolve("gmail-token.json");
      NotificationProperties.Gmail gmail =
          TestProperties.with(
                  Map.of(
                      "crewdispatch.notification.transport", "gmail",
                      "crewdispatch.notification.gmail.client-id", "client-1",
                      "crewdispatch.notification.gmail.client-secret", "secret-1",
                      "crewdispatch.notification.gmail.token-file", tokenPath.toString(),
                      "crewdispatch.notification.gmail.token-uri", google.tokenUri().toString(),
                      "crewdispatch.notification.gmail.authorization-uri",
                          google.rootUrl().resolve("/o/oauth2/auth").toString(),
                      "crewdispatch.notification.gmail.authorize-port", "0"))
              .gmail();
      Map<String, String> consent = new HashMap<>();
      CompletableFuture<HttpResponse<String>> redirect = new CompletableFuture<>();

      Path written =
          AuthorizeCommand.authorize(
              gmail,
              new NetHttpTransport(),
              url -> {
                consent.putAll(query(URI.create(url)));
                // The person signs in and Google redirects the browser back to the receiver.
                URI back =
                    URI.create(
                        consent.get("redirect_uri")
                            + "?code=code-42&state="
                            + consent.get("state"));
                HttpClient.newHttpClient()
                    .sendAsync(
                        HttpRequest.newBuilder(back).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete(
                        (response, error) -> {
                          if (error != null) {
                            redirect.completeExceptionally(error);
                          } else {
                            redirect.complete(response);
                          }
                        });
              },
              new MutableClock(Instant.parse("2026-06-01T16:00:00Z")));

      assertThat(consent)
          .containsEntry("client_id", "client-1")
          .containsEntry("access_type", "offline")
          .containsEntry("prompt", "consent")
          .containsEntry("scope", "https://www.googleapis.com/auth/gmail.send")
          .containsEntry("response_type", "code");
      assertThat(consent.get("redirect_uri")).startsWith("http://localhost:");
      assertThat(redirect.get().statusCode()).isEqualTo(200);
      assertThat(google.tokenRequests())
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.form())
                      .containsEntry("grant_type", "authorization_code")
                      .containsEntry("code", "code-42"));
      assertThat(written).isEqualTo(tokenPath.toAbsolutePath());
      StoredToken stored = new TokenFile(tokenPath).read().orElseThrow();
      assertThat(stored.refreshToken()).isEqualTo("refresh-from-code-code-42");
      assertThat(stored.clientId()).isEqualTo("client-1");
      assertThat(stored.accessToken()).startsWith("access-");
      assertThat(Files.getPosixFilePermissions(tokenPath)).isEqualTo(TokenFile.OWNER_ONLY);
    }
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> out = new HashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      out.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }
}
