package io.crewdispatch.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * A stand-in for auth-service's token side, one per test JVM: an RSA key, its JWKS served over real
 * HTTP at {@code <issuer>/oauth2/jwks} (where services look for auth-service's keys), and JWTs
 * signed with it. Services under test validate these exactly as they validate auth-service's: the
 * decoder is not mocked. {@link #foreignToken} signs with a key the JWKS does not publish.
 */
public final class TestTokens {

  private static RSAKey key;
  private static RSAKey foreignKey;
  private static HttpServer server;
  private static String issuer;

  private TestTokens() {}

  /** The issuer services are pointed at ({@code crewdispatch.security.issuer-uri}). */
  public static synchronized String issuer() {
    if (server == null) {
      start();
    }
    return issuer;
  }

  /** The value of an Authorization header carrying the given scopes. */
  public static String bearer(String... scopes) {
    return "Bearer " + token("test-client", Duration.ofMinutes(10), key(), scopes);
  }

  /** A token for an office user (subject = the user's sign-in name). */
  public static String officeBearer(String subject) {
    return "Bearer " + token(subject, Duration.ofMinutes(10), key(), new String[] {"office"});
  }

  /** Expired ten minutes ago, otherwise valid. */
  public static String expiredBearer(String... scopes) {
    return "Bearer " + token("test-client", Duration.ofMinutes(-10), key(), scopes);
  }

  /** Well formed, right issuer and scopes, but signed with a key auth-service never published. */
  public static String foreignToken(String... scopes) {
    synchronized (TestTokens.class) {
      if (foreignKey == null) {
        foreignKey = generate();
      }
    }
    return "Bearer " + token("test-client", Duration.ofMinutes(10), foreignKey, scopes);
  }

  private static synchronized RSAKey key() {
    issuer();
    return key;
  }

  private static String token(
      String subject, Duration lifetime, RSAKey signingKey, String[] scopes) {
    Instant now = Instant.now();
    // an expired token was also issued in the past, so only its expiry is wrong
    Instant issued = lifetime.isNegative() ? now.plus(lifetime.multipliedBy(2)) : now;
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer())
            .subject(subject)
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(issued))
            .notBeforeTime(Date.from(issued))
            .expirationTime(Date.from(now.plus(lifetime)))
            .claim("scope", String.join(" ", scopes))
            .build();
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
              claims);
      jwt.sign(new RSASSASigner(signingKey));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void start() {
    key = generate();
    byte[] jwks = new JWKSet(key.toPublicJWK()).toString(true).getBytes(StandardCharsets.UTF_8);
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      http.createContext(
          "/oauth2/jwks",
          exchange -> {
            // what a resource server may do with a JWKS endpoint: GET it, nothing else
            int status = "GET".equals(exchange.getRequestMethod()) ? 200 : 405;
            exchange.getResponseHeaders().add("Content-Type", "application/jwk-set+json");
            exchange.sendResponseHeaders(status, status == 200 ? jwks.length : -1);
            if (status == 200) {
              exchange.getResponseBody().write(jwks);
            }
            exchange.close();
          });
      http.start();
      server = http;
      issuer = "http://localhost:" + http.getAddress().getPort();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> http.stop(0), "test-jwks-shutdown"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
