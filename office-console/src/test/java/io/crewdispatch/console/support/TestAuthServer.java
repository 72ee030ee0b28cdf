package io.crewdispatch.console.support;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.crewdispatch.testsupport.Infrastructure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small OpenID Connect authorization server shaped like auth-service's: the authorization code
 * grant with PKCE (S256 required) for the {@code office-console} public client, a sign-in form,
 * RS256 ID and access tokens, and a JWKS. It checks what auth-service checks: the client, the
 * redirect URI, the scopes, the password, the code's single use and the verifier.
 */
public final class TestAuthServer {

  public static final String CLIENT_ID = "office-console";
  public static final String USER = "office@example.com";
  public static final String PASSWORD = "harbour-lights-42";

  private static TestAuthServer instance;

  private final HttpServer server;
  private final RSAKey key;
  private final String issuer;
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();

  private record Grant(String redirectUri, String challenge, String nonce, String scope) {}

  private TestAuthServer() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("test-key").generate();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", Infrastructure.freePort()), 0);
    issuer = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/oauth2/authorize", this::authorize);
    server.createContext("/oauth2/token", this::token);
    server.createContext("/oauth2/jwks", this::jwks);
    server.start();
  }

  public static synchronized TestAuthServer get() {
    if (instance == null) {
      try {
        instance = new TestAuthServer();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return instance;
  }

  public String issuer() {
    return issuer;
  }

  /** True for an unexpired access token this server signed that carries {@code scope}. */
  public boolean validAccessToken(String token, String scope) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      return jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))
          && issuer.equals(claims.getIssuer())
          && claims.getExpirationTime().after(new Date())
          && List.of(claims.getStringClaim("scope").split(" ")).contains(scope);
    } catch (Exception e) {
      return false;
    }
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> q =
        "POST".equals(exchange.getRequestMethod())
            ? form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
            : form(exchange.getRequestURI().getRawQuery());
    String refusal = refusal(q);
    if (refusal != null) {
      send(exchange, 400, "text/plain", refusal);
      return;
    }
    if ("GET".equals(exchange.getRequestMethod())) {
      send(exchange, 200, "text/html; charset=utf-8", signInPage(q, false));
      return;
    }
    if (!USER.equals(q.get("username")) || !PASSWORD.equals(q.get("password"))) {
      send(exchange, 200, "text/html; charset=utf-8", signInPage(q, true));
      return;
    }
    String code = UUID.randomUUID().toString();
    codes.put(
        code,
        new Grant(q.get("redirect_uri"), q.get("code_challenge"), q.get("nonce"), q.get("scope")));
    exchange
        .getResponseHeaders()
        .add("Location", q.get("redirect_uri") + "?code=" + code + "&state=" + enc(q.get("state")));
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private static String refusal(Map<String, String> q) {
    if (!CLIENT_ID.equals(q.get("client_id"))) {
      return "unknown client";
    }
    if (!"code".equals(q.get("response_type"))) {
      return "response_type must be code";
    }
    if (q.get("redirect_uri") == null
        || !q.get("redirect_uri").endsWith("/login/oauth2/code/crew-dispatch")) {
      return "redirect_uri is not registered";
    }
    if (!"S256".equals(q.get("code_challenge_method")) || q.get("code_challenge") == null) {
      return "PKCE with S256 is required";
    }
    List<String> scopes = List.of(q.getOrDefault("scope", "").split(" "));
    if (!scopes.contains("openid") || !scopes.contains("office")) {
      return "scope must include openid and office";
    }
    return null;
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> f =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Grant grant = f.get("code") == null ? null : codes.remove(f.get("code"));
    if (!"POST".equals(exchange.getRequestMethod())
        || !"authorization_code".equals(f.get("grant_type"))
        || !CLIENT_ID.equals(f.get("client_id"))
        || grant == null
        || !grant.redirectUri().equals(f.get("redirect_uri"))
        || !grant.challenge().equals(s256(f.getOrDefault("code_verifier", "")))) {
      send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
      return;
    }
    try {
      Date now = new Date();
      Date exp = new Date(now.getTime() + 3_600_000);
      String access =
          sign(
              new JWTClaimsSet.Builder()
                  .issuer(issuer)
                  .subject(USER)
                  .audience("crew-dispatch")
                  .claim("scope", grant.scope())
                  .issueTime(now)
                  .expirationTime(exp)
                  .jwtID(UUID.randomUUID().toString())
                  .build(),
              "at+jwt");
      String id =
          sign(
              new JWTClaimsSet.Builder()
                  .issuer(issuer)
                  .subject(USER)
                  .audience(CLIENT_ID)
                  .claim("azp", CLIENT_ID)
                  .claim("nonce", grant.nonce())
                  .claim("email", USER)
                  .issueTime(now)
                  .expirationTime(exp)
                  .build(),
              "JWT");
      send(
          exchange,
          200,
          "application/json",
          "{\"access_token\":\""
              + access
              + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
              + "\"scope\":\""
              + grant.scope()
              + "\",\"id_token\":\""
              + id
              + "\"}");
    } catch (Exception e) {
      send(exchange, 500, "text/plain", e.toString());
    }
  }

  private void jwks(HttpExchange exchange) throws IOException {
    send(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
  }

  private String sign(JWTClaimsSet claims, String type) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(new JOSEObjectType(type))
                .build(),
            claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static String signInPage(Map<String, String> q, boolean failed) {
    StringBuilder hidden = new StringBuilder();
    for (String name :
        List.of(
            "response_type",
            "client_id",
            "scope",
            "state",
            "redirect_uri",
            "nonce",
            "code_challenge",
            "code_challenge_method")) {
      if (q.get(name) != null) {
        hidden
            .append("<input type=\"hidden\" name=\"")
            .append(name)
            .append("\" value=\"")
            .append(q.get(name).replace("\"", "&quot;"))
            .append("\">");
      }
    }
    return "<!DOCTYPE html><html lang=\"en\"><head><title>Sign in</title></head><body><main><h1>Sign in</h1>"
        + (failed ? "<p role=\"alert\">Wrong email or password</p>" : "")
        + "<form method=\"post\" action=\"/oauth2/authorize\">"
        + hidden
        + "<label for=\"username\">Email</label><input id=\"username\" name=\"username\">"
        + "<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\">"
        + "<button type=\"submit\">Sign in</button></form></main></body></html>";
  }

  private static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> form(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      out.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return out;
  }

  private static String enc(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
