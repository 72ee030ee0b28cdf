package io.crewdispatch.auth.signin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as sign-in needs one: keeps cookies, follows no redirects (the test reads each
 * one), and comes from its own client address (X-Forwarded-For, which Tomcat honours from
 * loopback), so the per-address limits of one test do not touch another's.
 */
final class SignInClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String base;
  private final String address;

  SignInClient(int port, String address) {
    this.base = "http://localhost:" + port;
    this.address = address;
  }

  HttpResponse<String> get(String pathOrUrl) {
    String url = pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
    return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET());
  }

  HttpResponse<String> postForm(String path, Map<String, String> fields, String basicAuth) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html,application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
    if (basicAuth != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
    }
    return send(request);
  }

  /** Opens the sign-in form and submits it; returns the form POST's answer. */
  HttpResponse<String> signIn(String username, String password) {
    HttpResponse<String> page = get("/login");
    Matcher csrf = CSRF.matcher(page.body());
    if (!csrf.find()) {
      throw new AssertionError("no CSRF field on the sign-in page: " + page.statusCode());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", username);
    fields.put("password", password);
    fields.put("_csrf", csrf.group(1));
    return postForm("/login", fields, null);
  }

  HttpResponse<String> token(Map<String, String> fields, String clientId, String secret) {
    return postForm("/oauth2/token", fields, clientId + ":" + secret);
  }

  static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
