package io.crewdispatch.notification.delivery.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.PermanentDeliveryException;
import io.crewdispatch.notification.delivery.application.SentMail;
import io.crewdispatch.notification.delivery.application.TextMessage;
import io.crewdispatch.notification.delivery.application.TransientDeliveryException;
import io.crewdispatch.notification.support.FakeTwilio;
import io.crewdispatch.notification.support.FakeTwilio.Answer;
import io.crewdispatch.notification.support.TestProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real Twilio SDK against a local server that answers and checks as Twilio does. */
class TwilioSmsSenderTest {

  static final TextMessage TEXT =
      new TextMessage("+16195550123", "Example: Captain needed on Sea Breeze", "evt-1#SMS");

  FakeTwilio twilio;
  List<Duration> waits = new ArrayList<>();

  @AfterEach
  void stop() {
    twilio.close();
  }

  @Test
  void sendsTheFormTwilioExpectsWithTheAccountsBasicCredentials() throws Exception {
    twilio = FakeTwilio.start();
    SentMail sent =
        sender(Map.of("status-callback", "https://dispatch.example.com/sms/status")).send(TEXT);

    assertThat(sent.messageId()).startsWith("SM").hasSize(34);
    FakeTwilio.Received request = twilio.received().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path())
        .isEqualTo("/2010-04-01/Accounts/" + FakeTwilio.ACCOUNT + "/Messages.json");
    assertThat(request.authorization())
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((FakeTwilio.ACCOUNT + ":" + FakeTwilio.TOKEN).getBytes()));
    assertThat(request.form())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "To", "+16195550123",
                "From", "+16195550100",
                "Body", "Example: Captain needed on Sea Breeze",
                "StatusCallback", "https://dispatch.example.com/sms/status"));
  }

  @Test
  void anApiKeyAndAMessagingServiceReplaceTheTokenAndTheNumber() throws Exception {
    twilio = FakeTwilio.withApiKey("SK00000000000000000000000000000002", "key-secret");
    sender(
            Map.of(
                "auth-token", "",
                "api-key", "SK00000000000000000000000000000002",
                "api-secret", "key-secret",
                "from", "",
                "messaging-service-sid", "MG00000000000000000000000000000003"))
        .send(TEXT);

    assertThat(twilio.received()).hasSize(1);
    assertThat(twilio.received().get(0).form())
        .containsEntry("MessagingServiceSid", "MG00000000000000000000000000000003")
        .doesNotContainKey("From")
        .doesNotContainKey("StatusCallback");
  }

  @Test
  void anInvalidNumberIsFinalAndNotRetried() throws Exception {
    twilio = FakeTwilio.start();
    twilio.script(Answer.error(400, 21211, "The 'To' number is not a valid phone number."));

    assertThatThrownBy(() -> sender(Map.of()).send(TEXT))
        .isInstanceOf(PermanentDeliveryException.class)
        .satisfies(
            e ->
                assertThat(((PermanentDeliveryException) e).detail())
                    .startsWith("Twilio error 21211"));
    assertThat(twilio.received()).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void aRecipientWhoOptedOutIsFinalAndNotRetried() throws Exception {
    twilio = FakeTwilio.start();
    twilio.script(Answer.error(400, 21610, "Attempt to send to unsubscribed recipient"));

    assertThatThrownBy(() -> sender(Map.of()).send(TEXT))
        .isInstanceOf(PermanentDeliveryException.class)
        .hasMessageContaining("code=21610");
    assertThat(twilio.received()).hasSize(1);
  }

  @Test
  void tooManyRequestsAndServerErrorsAreRetriedAfterTheBackOff() throws Exception {
    twilio = FakeTwilio.start();
    twilio.script(
        Answer.error(429, 20429, "Too Many Requests"),
        Answer.error(503, 20503, "Service Unavailable"));

    SentMail sent = sender(Map.of()).send(TEXT);

    assertThat(sent.messageId()).startsWith("SM");
    assertThat(twilio.received()).hasSize(3);
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void anOutageLongerThanTheBackOffIsHandedBackForALaterRetry() throws Exception {
    twilio = FakeTwilio.start();
    for (int i = 0; i < 4; i++) {
      twilio.script(Answer.error(500, 20500, "Internal Server Error"));
    }

    assertThatThrownBy(() -> sender(Map.of()).send(TEXT))
        .isInstanceOf(TransientDeliveryException.class);
    // one try per wait and one more, no hidden retries by the SDK itself
    assertThat(twilio.received()).hasSize(4);
    assertThat(waits)
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void refusedCredentialsAreNotFinal() throws Exception {
    twilio = FakeTwilio.start();

    assertThatThrownBy(() -> sender(Map.of("auth-token", "revoked")).send(TEXT))
        .isInstanceOf(TransientDeliveryException.class);
    assertThat(twilio.received().get(0).authorization()).isNotNull();
  }

  private TwilioSmsSender sender(Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>();
    settings.put("account-sid", FakeTwilio.ACCOUNT);
    settings.put("auth-token", FakeTwilio.TOKEN);
    settings.put("from", "+16195550100");
    settings.put("base-url", twilio.baseUrl().toString());
    settings.putAll(overrides);
    Map<String, String> all = new HashMap<>();
    all.put("crewdispatch.notification.sms.gateway", "twilio");
    settings.forEach((k, v) -> all.put("crewdispatch.notification.sms.twilio." + k, v));
    NotificationProperties properties = TestProperties.with(all);
    return new TwilioSmsSender(properties.sms().twilio(), waits::add);
  }
}
