package io.crewdispatch.notification.delivery.gmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.gson.JsonObject;
import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.CredentialsRefusedException;
import io.crewdispatch.notification.support.FakeGoogle;
import io.crewdispatch.notification.support.FakeGoogle.Answer;
import io.crewdispatch.notification.support.MutableClock;
import io.crewdispatch.notification.support.TestProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alternative to a user's refresh token: a service account acting for one mailbox. */
class ServiceAccountTokenSourceTest {

  @TempDir Path folder;
  FakeGoogle google;
  ServiceAccountTokenSource tokens;

  @BeforeEach
  void start() throws Exception {
    google = FakeGoogle.start();
    Path key = folder.resolve("service-account.json");
    Files.writeString(key, serviceAccountJson(google));
    NotificationProperties.Gmail gmail =
        TestProperties.with(
                Map.of(
                    "crewdispatch.notification.transport", "gmail",
                    "crewdispatch.notification.gmail.auth", "service-account",
                    "crewdispatch.notification.gmail.service-account-file", key.toString(),
                    "crewdispatch.notification.gmail.delegated-user", "dispatch@example.com",
                    "crewdispatch.notification.gmail.token-uri", google.tokenUri().toString()))
            .gmail();
    tokens =
        new ServiceAccountTokenSource(
            gmail,
            new NetHttpTransport(),
            new MutableClock(Instant.parse("2026-06-01T16:00:00Z")),
            new ArrayList<>()::add);
  }

  @AfterEach
  void stop() {
    google.close();
  }

  @Test
  void signsAnAssertionForTheDelegatedMailboxWithTheSendScope() {
    String token = tokens.accessToken();

    assertThat(token).startsWith("access-");
    var request = google.tokenRequests().get(0);
    assertThat(request.form())
        .containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
    String[] jwt = request.form().get("assertion").split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8);
    assertThat(claims)
        .contains("\"sub\":\"dispatch@example.com\"")
        .contains("https://www.googleapis.com/auth/gmail.send");
    assertThat(tokens.accessToken()).isEqualTo(token);
    assertThat(google.tokenRequests()).hasSize(1);
  }

  @Test
  void withdrawnDelegationIsRefusedUntilTheKeyFileChanges() {
    google.scriptToken(Answer.json(401, "{\"error\":\"unauthorized_client\"}"));

    assertThatThrownBy(tokens::accessToken)
        .isInstanceOf(CredentialsRefusedException.class)
        .hasMessageContaining("domain-wide delegation");
    assertThatThrownBy(tokens::accessToken).isInstanceOf(CredentialsRefusedException.class);
    assertThat(google.tokenRequests()).hasSize(1);
    assertThat(tokens.state().usable()).isFalse();
  }

  static String serviceAccountJson(FakeGoogle google) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pkcs8)
            + "\n-----END PRIVATE KEY-----\n";
    JsonObject json = new JsonObject();
    json.addProperty("type", "service_account");
    json.addProperty("project_id", "crew-dispatch-test");
    json.addProperty("private_key_id", "key-1");
    json.addProperty("private_key", pem);
    json.addProperty("client_email", "sender@crew-dispatch-test.iam.gserviceaccount.com");
    json.addProperty("client_id", "1234567890");
    json.addProperty("token_uri", google.tokenUri().toString());
    return json.toString();
  }
}
