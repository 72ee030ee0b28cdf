package io.crewdispatch.dispatch.support;

import io.crewdispatch.testsupport.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's HTTP API as a client sees it: status, headers and JSON. */
public final class Http {

  /** A response with its body parsed (a missing node when there was no body). */
  public record Response(int status, HttpResponse<String> raw, JsonNode json) {
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;
  private final String authorization;

  /** A client holding every scope dispatch-service knows, as the tests of behaviour need. */
  public Http(int port) {
    this(port, TestTokens.bearer("charters:write", "charters:read", "office"));
  }

  /** A client sending this Authorization header (null: none). */
  public Http(int port, String authorization) {
    this.base = "http://localhost:" + port;
    this.authorization = authorization;
  }

  public Response get(String path) {
    return send(request(path).GET().build());
  }

  public Response post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    return authorization == null ? request : request.header("Authorization", authorization);
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode body =
          response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
      return new Response(response.statusCode(), response, body);
    } catch (IOException e) {
      throw new IllegalStateException("HTTP request failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
