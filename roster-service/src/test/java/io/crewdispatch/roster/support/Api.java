package io.crewdispatch.roster.support;

import io.crewdispatch.testsupport.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's HTTP API as a client sees it. */
public final class Api {

  /** A status and its JSON body. */
  public record Reply(int status, JsonNode body, String contentType) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String authorization;

  /** The office's client: the roster's routes all accept its scope. */
  public Api(int port) {
    this(port, TestTokens.officeBearer("office@example.com"));
  }

  /** A client sending this Authorization header (null: none). */
  public Api(int port, String authorization) {
    this.base = "http://localhost:" + port;
    this.authorization = authorization;
  }

  public Reply get(String path) {
    return send(request(path).GET().build());
  }

  public Reply post(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    return authorization == null ? request : request.header("Authorization", authorization);
  }

  private Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode body = response.body().isBlank() ? null : JSON.readTree(response.body());
      return new Reply(
          response.statusCode(), body, response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
