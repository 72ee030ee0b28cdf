package io.crewdispatch.auth.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person (or API client) on the crew pages, over real HTTP. Each client comes from its own
 * address (X-Forwarded-For from loopback, which the service trusts like a load balancer), so one
 * test's requests never use up another's per-address limit.
 */
public final class CrewClient {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String address;

  public CrewClient(int port) {
    this(port, randomAddress());
  }

  public CrewClient(int port, String address) {
    this.base = "http://localhost:" + port;
    this.address = address;
  }

  /** A documentation-range address (RFC 5737), different for each client. */
  public static String randomAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "198.51." + random.nextInt(256) + "." + (1 + random.nextInt(254));
  }

  public HttpResponse<String> get(String action, String token) {
    return send(request("/crew/" + action + query(token)).GET().build());
  }

  public HttpResponse<String> getJson(String action, String token) {
    return send(
        request("/crew/" + action + query(token))
            .header("Accept", "application/json")
            .GET()
            .build());
  }

  public HttpResponse<String> post(String action, String token, String csrf) {
    return send(form("/crew/" + action, token, csrf).build());
  }

  public HttpResponse<String> postJson(String action, String token, String csrf) {
    return send(form("/crew/" + action, token, csrf).header("Accept", "application/json").build());
  }

  public HttpResponse<String> post(String action, String token, String csrf, String... headers) {
    return send(form("/crew/" + action, token, csrf).headers(headers).build());
  }

  public HttpResponse<String> raw(String path) {
    return send(request(path).GET().build());
  }

  public HttpResponse<String> rawJson(String path) {
    return send(request(path).header("Accept", "application/json").GET().build());
  }

  /** Opens the page, then presses its button, as a person would. */
  public HttpResponse<String> press(String action, String token) {
    return post(action, token, csrfOf(get(action, token).body()));
  }

  public static String csrfOf(String html) {
    Matcher matcher = CSRF.matcher(html);
    if (!matcher.find()) {
      throw new AssertionError("The page has no form:\n" + html);
    }
    return matcher.group(1);
  }

  public static boolean hasForm(String html) {
    return html.contains("<form");
  }

  private HttpRequest.Builder form(String path, String token, String csrf) {
    StringBuilder body = new StringBuilder();
    if (token != null) {
      body.append("token=").append(URLEncoder.encode(token, StandardCharsets.UTF_8));
    }
    if (csrf != null) {
      body.append(body.isEmpty() ? "" : "&")
          .append("csrf=")
          .append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
    }
    return request(path)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(10))
        .header("X-Forwarded-For", address);
  }

  private static String query(String token) {
    return token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
