package io.crewdispatch.localstack.drive;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * A booking system's access token from auth-service (client-credentials grant, the README's curl in
 * Java), fetched again a minute before it expires, so a long test never sends a dead one.
 */
public final class ClientCredentials implements Supplier<String> {

  private final HttpClient client = HttpClient.newHttpClient();
  private final URI tokenEndpoint;
  private final String basic;
  private final String scope;
  private String token;
  private Instant renewAt = Instant.MIN;

  public ClientCredentials(String authServiceUrl, String clientId, String secret, String scope) {
    this.tokenEndpoint = URI.create(authServiceUrl + "/oauth2/token");
    this.basic =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    this.scope = scope;
  }

  /** The current access token (fetching a new one when needed). */
  @Override
  public synchronized String get() {
    if (Instant.now().isAfter(renewAt)) {
      JsonNode answer = fetch();
      token = answer.get("access_token").asString();
      renewAt = Instant.now().plusSeconds(answer.get("expires_in").asLong()).minusSeconds(60);
    }
    return token;
  }

  private JsonNode fetch() {
    String body =
        "grant_type=client_credentials"
            + (scope == null ? "" : "&scope=" + scope.replace(" ", "%20"));
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(tokenEndpoint)
                  .timeout(Duration.ofSeconds(30))
                  .header("Authorization", "Basic " + basic)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "token endpoint answered " + response.statusCode() + ": " + response.body());
      }
      return Http.JSON.readTree(response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
