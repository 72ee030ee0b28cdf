package io.crewdispatch.auth.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A crew member on the portal over real HTTP: follows no redirect by itself and keeps the portal
 * cookie the way a browser would, from its own client address.
 */
public final class PortalClient {

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String base;
  private final String address;
  private String cookie;

  public PortalClient(int port) {
    this(port, CrewClient.randomAddress());
  }

  public PortalClient(int port, String address) {
    this.base = "http://localhost:" + port;
    this.address = address;
  }

  public HttpResponse<String> get(String pathAndQuery) {
    return send(request(pathAndQuery).GET().build());
  }

  public HttpResponse<String> post(String path, Map<String, String> fields) {
    StringJoiner body = new StringJoiner("&");
    fields.forEach(
        (k, v) ->
            body.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  /** Opens the emailed link: its answer sets the cookie and redirects to the portal. */
  public HttpResponse<String> open(String portalUrl) {
    URI url = URI.create(portalUrl);
    return get(url.getRawPath() + "?" + url.getRawQuery());
  }

  public String cookie() {
    return cookie;
  }

  public void forgetCookie() {
    cookie = null;
  }

  public static Map<String, String> fields(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(10))
            .header("X-Forwarded-For", address);
    if (cookie != null) {
      builder.header("Cookie", "crew_portal=" + cookie);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      response.headers().allValues("Set-Cookie").stream()
          .filter(c -> c.startsWith("crew_portal="))
          .findFirst()
          .ifPresent(
              c -> {
                String value = c.substring("crew_portal=".length(), c.indexOf(';'));
                cookie = value.isEmpty() ? null : value;
              });
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
