package io.crewdispatch.auth.support;

import io.crewdispatch.testsupport.WithInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one test configuration of auth-service's ITs (real broker, DynamoDB Local, HTTP on a random
 * port, a clock tests can move), so every IT class shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "crewdispatch.auth.public-base-url=" + AuthServiceTest.PUBLIC_BASE_URL,
      "crewdispatch.auth.token.key=dGVzdCBrZXkgZm9yIGF1dGgtc2VydmljZSBJVHMsIDMyKyBieXRlcyBsb25n",
      "crewdispatch.auth.token.key-id=test-2",
      "crewdispatch.auth.token.retired-keys="
          + "test-1:cmV0aXJlZCB0ZXN0IGtleSBmb3IgYXV0aC1zZXJ2aWNlIElUcywgMzIrIGJ5dGVz",
      "crewdispatch.auth.link.grace=30m",
      "crewdispatch.auth.rate-limit.per-ip-requests=" + AuthServiceTest.PER_IP,
      "crewdispatch.auth.rate-limit.per-token-requests=" + AuthServiceTest.PER_TOKEN,
      "crewdispatch.auth.outbox.interval=200ms",
      "crewdispatch.auth.outbox.min-age=10s",
      "logging.level.io.crewdispatch=info",
      "crewdispatch.auth.sign-in.signing-key-file=target/it/signing-key.json",
      "crewdispatch.auth.sign-in.seed.enabled=true",
      "crewdispatch.auth.sign-in.seed.credentials-file=target/it/local-credentials.properties",
      "crewdispatch.auth.sign-in.attempts-per-minute=" + AuthServiceTest.SIGN_IN_PER_MINUTE,
      // every DynamoDB call logged, one line each: AnswerCallsIT counts what an answer costs
      "crewdispatch.platform.dynamodb.operation-log-dir=target/dynamodb-operations",
      "crewdispatch.platform.dynamodb.operation-log-every-call=true"
    })
@WithInfrastructure
@Import(MutableClock.Config.class)
public @interface AuthServiceTest {

  /** Links point here; tests call the random local port with the token from the link. */
  String PUBLIC_BASE_URL = "https://crew.example.com";

  int PER_IP = 40;
  int PER_TOKEN = 8;
  int SIGN_IN_PER_MINUTE = 30;
}
