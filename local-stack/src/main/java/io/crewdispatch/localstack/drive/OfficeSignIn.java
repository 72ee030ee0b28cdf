package io.crewdispatch.localstack.drive;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The office console's sign-in, done as a browser and the console would: authorization code with
 * PKCE through auth-service's sign-in form, then refresh-token grants. Supplies the office's
 * current access token (scopes openid office charters:read).
 */
public final class OfficeSignIn implements Supplier<String> {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String auth;
  private final String email;
  private final String password;
  private final String clientId;
  private final String clientSecret;
  private final String redirectUri;
  private String accessToken;
  private String refreshToken;
  private Instant renewAt = Instant.MIN;

  public OfficeSignIn(
      String authServiceUrl,
      String email,
      String password,
      String clientId,
      String clientSecret,
      String redirectUri) {
    this.auth = authServiceUrl;
    this.email = email;
    this.password = password;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.redirectUri = redirectUri;
  }

  @Override
  public synchronized String get() {
    if (Instant.now().isAfter(renewAt)) {
      JsonNode tokens =
          refreshToken == null
              ? signIn()
              : token("grant_type=refresh_token&refresh_token=" + enc(refreshToken));
      accessToken = tokens.get("access_token").asString();
      refreshToken = tokens.path("refresh_token").asString(refreshToken);
      renewAt = Instant.now().plusSeconds(tokens.get("expires_in").asLong()).minusSeconds(60);
    }
    return accessToken;
  }

  private JsonNode signIn() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    String authorize =
        auth
            + "/oauth2/authorize?response_type=code&client_id="
            + enc(clientId)
            + "&scope="
            + enc("openid office charters:read")
            + "&redirect_uri="
            + enc(redirectUri)
            + "&state=local-stack&code_challenge="
            + challenge(verifier)
            + "&code_challenge_method=S256";
    send(get(authorize)); // remembered by the session, resumed after the sign-in
    HttpResponse<String> form = send(get(auth + "/login"));
    Matcher csrf = CSRF.matcher(form.body());
    if (!csrf.find()) {
      throw new IllegalStateException("no sign-in form at " + auth + "/login");
    }
    HttpResponse<String> signedIn =
        send(
            HttpRequest.newBuilder(URI.create(auth + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + enc(email)
                            + "&password="
                            + enc(password)
                            + "&_csrf="
                            + enc(csrf.group(1)))));
    String resumed = location(signedIn);
    HttpResponse<String> back = send(get(resumed.startsWith("http") ? resumed : auth + resumed));
    String redirect = location(back);
    if (!redirect.startsWith(redirectUri + "?code=")) {
      throw new IllegalStateException(
          "sign-in did not end with a code (" + back.statusCode() + ")");
    }
    String code =
        URLDecoder.decode(
            redirect.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);
    return token(
        "grant_type=authorization_code&code="
            + enc(code)
            + "&redirect_uri="
            + enc(redirectUri)
            + "&code_verifier="
            + enc(verifier));
  }

  private JsonNode token(String form) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(auth + "/oauth2/token"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("token endpoint answered " + response.statusCode());
    }
    return Http.JSON.readTree(response.body());
  }

  private static HttpRequest.Builder get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return browser.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private static String challenge(String verifier) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              MessageDigest.getInstance("SHA-256")
                  .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
