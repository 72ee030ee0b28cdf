package io.crewdispatch.auth.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.auth.support.AuthServiceTest;
import io.crewdispatch.auth.support.MutableClock;
import io.crewdispatch.testsupport.Infrastructure;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorization server over real HTTP and DynamoDB Local: booking systems get tokens with the
 * client-credentials grant, the office signs in with the authorization code and PKCE, tokens verify
 * against the published JWKS, secrets are stored hashed, and guessing is slowed and locked out.
 */
@AuthServiceTest
class AuthorizationServerIT {

  static final String ISSUER = AuthServiceTest.PUBLIC_BASE_URL;
  static final String CONSOLE_REDIRECT = "http://localhost:8086/login/oauth2/code/crew-dispatch";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired OfficeUsers users;
  @Autowired PasswordEncoder encoder;

  LocalCredentials local;
  JwtDecoder decoder;

  @BeforeEach
  void setUp() {
    local =
        LocalCredentials.loadOrCreate(
            Path.of("target/it/local-credentials.properties"), "office@example.com");
    NimbusJwtDecoder nimbus =
        NimbusJwtDecoder.withJwkSetUri("http://localhost:" + port + "/oauth2/jwks").build();
    nimbus.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
    decoder = nimbus;
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aBookingSystemGetsAShortLivedTokenWithItsScopesThatVerifiesAgainstTheJwks() {
    var response =
        client()
            .token(
                Map.of("grant_type", "client_credentials"),
                "demo-booking",
                local.demoBookingSecret());

    assertThat(response.statusCode()).isEqualTo(200);
    Jwt jwt = decoder.decode(json(response).get("access_token").asString());
    assertThat(jwt.getSubject()).isEqualTo("demo-booking");
    assertThat(jwt.getClaimAsStringList("scope"))
        .containsExactlyInAnyOrder("charters:write", "charters:read");
    assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt()))
        .isEqualTo(Duration.ofMinutes(10));
    assertThat(json(response).has("refresh_token")).isFalse();
  }

  @Test
  void aWrongSecretGetsNoToken() {
    var response =
        client().token(Map.of("grant_type", "client_credentials"), "demo-booking", "guess");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).doesNotContain("access_token");
  }

  @Test
  void aBookingSystemCannotAskForTheOfficeScope() {
    var response =
        client()
            .token(
                Map.of("grant_type", "client_credentials", "scope", "office"),
                "demo-booking",
                local.demoBookingSecret());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("error").asString()).isEqualTo("invalid_scope");
  }

  @Test
  void secretsAndPasswordsAreStoredOnlyAsHashes() {
    var client = item("test-oauth-clients", "clientId", "demo-booking");
    assertThat(client.get("secretHash").s())
        .startsWith("{bcrypt}")
        .doesNotContain(local.demoBookingSecret());
    var office = item("test-office-users", "email", "office@example.com");
    assertThat(office.get("passwordHash").s())
        .startsWith("{bcrypt}")
        .doesNotContain(local.officePassword());
    assertThat(encoder.matches(local.officePassword(), office.get("passwordHash").s())).isTrue();
  }

  @Test
  void discoveryNamesTheIssuerAndItsKeys() {
    var response = client().get("/.well-known/openid-configuration");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode config = json(response);
    assertThat(config.get("issuer").asString()).isEqualTo(ISSUER);
    assertThat(config.get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
  }

  @Test
  void theOfficeSignsInWithCodeAndPkceAndRefreshes() throws Exception {
    SignInClient browser = client();
    String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    String authorize =
        "/oauth2/authorize?response_type=code&client_id=office-console"
            + "&scope="
            + URLEncoder.encode("openid office charters:read", StandardCharsets.UTF_8)
            + "&redirect_uri="
            + URLEncoder.encode(CONSOLE_REDIRECT, StandardCharsets.UTF_8)
            + "&state=s1&code_challenge="
            + challenge
            + "&code_challenge_method=S256";

    var first = browser.get(authorize);
    assertThat(first.statusCode()).isEqualTo(302);
    assertThat(SignInClient.location(first)).endsWith("/login");
    var signedIn = browser.signIn("office@example.com", local.officePassword());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    var back = browser.get(SignInClient.location(signedIn));
    String redirect = SignInClient.location(back);
    assertThat(redirect).startsWith(CONSOLE_REDIRECT + "?code=").contains("state=s1");
    String code = query(redirect).get("code");

    Map<String, String> exchange = new LinkedHashMap<>();
    exchange.put("grant_type", "authorization_code");
    exchange.put("code", code);
    exchange.put("redirect_uri", CONSOLE_REDIRECT);
    exchange.put("code_verifier", verifier);
    var tokens = browser.token(exchange, "office-console", local.consoleSecret());
    assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
    Jwt access = decoder.decode(json(tokens).get("access_token").asString());
    assertThat(access.getSubject()).isEqualTo("office@example.com");
    assertThat(access.getClaimAsStringList("scope")).contains("office", "charters:read");
    assertThat(Duration.between(access.getIssuedAt(), access.getExpiresAt()))
        .isEqualTo(Duration.ofMinutes(10));

    var refreshed =
        browser.token(
            Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                json(tokens).get("refresh_token").asString()),
            "office-console",
            local.consoleSecret());
    assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
    assertThat(decoder.decode(json(refreshed).get("access_token").asString()).getSubject())
        .isEqualTo("office@example.com");
  }

  @Test
  void aCodeWithoutItsVerifierIsRefused() {
    SignInClient browser = client();
    var first =
        browser.get(
            "/oauth2/authorize?response_type=code&client_id=office-console&scope=office"
                + "&redirect_uri="
                + URLEncoder.encode(CONSOLE_REDIRECT, StandardCharsets.UTF_8)
                + "&state=s2");
    // PKCE is required: without a code_challenge there is no code at all
    assertThat(SignInClient.location(first)).doesNotContain("code=");
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountUntilTheLockoutEnds() {
    String email = "lock-" + UUID.randomUUID() + "@example.com";
    users.save(new OfficeUser(email, encoder.encode("right-password")));
    SignInClient browser = client();
    for (int i = 0; i < 5; i++) {
      assertThat(SignInClient.location(browser.signIn(email, "wrong-" + i)))
          .endsWith("/login?error");
    }

    assertThat(SignInClient.location(browser.signIn(email, "right-password")))
        .as("locked: even the right password is refused")
        .endsWith("/login?error");

    clock.advance(Duration.ofMinutes(16));
    assertThat(SignInClient.location(browser.signIn(email, "right-password")))
        .doesNotContain("error");
  }

  @Test
  void signInAttemptsAreLimitedPerAddress() {
    SignInClient hammer = client();
    int limited = 0;
    String retryAfter = null;
    for (int i = 0; i < AuthServiceTest.SIGN_IN_PER_MINUTE + 5; i++) {
      var response =
          hammer.token(Map.of("grant_type", "client_credentials"), "demo-booking", "guess-" + i);
      if (response.statusCode() == 429) {
        limited++;
        retryAfter = response.headers().firstValue("Retry-After").orElse(null);
      }
    }
    assertThat(limited).isEqualTo(5);
    assertThat(Integer.parseInt(retryAfter)).isPositive();
    // another address is not affected
    assertThat(
            client()
                .token(
                    Map.of("grant_type", "client_credentials"),
                    "demo-booking",
                    local.demoBookingSecret())
                .statusCode())
        .isEqualTo(200);
  }

  private SignInClient client() {
    return new SignInClient(
        port, "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private static Map<String, AttributeValue> item(String table, String key, String value) {
    return Infrastructure.dynamoDb()
        .getItem(b -> b.tableName(table).key(Map.of(key, AttributeValue.fromS(value))))
        .item();
  }

  private static Map<String, String> query(String url) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      params.put(
          pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }
}
