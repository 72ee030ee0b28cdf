package io.crewdispatch.notification.delivery.twilio;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.PermanentDeliveryException;
import io.crewdispatch.notification.delivery.application.SentMail;
import io.crewdispatch.notification.delivery.application.SmsSender;
import io.crewdispatch.notification.delivery.application.TextMessage;
import io.crewdispatch.notification.delivery.application.TransientDeliveryException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Twilio's Messages API through its Java SDK. A 429, a 5xx or no answer is tried again after each
 * wait of {@code backoff}, then handed back to be retried with the event; any other 4xx (21211 an
 * invalid number, 21610 a recipient who replied STOP) can never succeed and is final. 401 is not
 * final: the office fixes the credentials and the held texts go.
 */
class TwilioSmsSender implements SmsSender {

  private static final Logger log = LoggerFactory.getLogger(TwilioSmsSender.class);

  /** Waits; tests pass one that records instead of sleeping. */
  @FunctionalInterface
  interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final TwilioRestClient client;
  private final NotificationProperties.Twilio settings;
  private final List<Duration> backoff;
  private final Pause pause;

  TwilioSmsSender(NotificationProperties.Twilio settings, Pause pause) {
    this.settings = settings;
    this.backoff = settings.backoff();
    this.pause = pause;
    boolean apiKey = settings.authToken().isBlank();
    this.client =
        new TwilioRestClient.Builder(
                apiKey ? settings.apiKey() : settings.accountSid(),
                apiKey ? settings.apiSecret() : settings.authToken())
            .accountSid(settings.accountSid())
            .httpClient(new RebasedHttpClient(settings.baseUrl(), settings.timeout()))
            .build();
  }

  @Override
  public SentMail send(TextMessage message) {
    for (int attempt = 0; ; attempt++) {
      try {
        Message sent = creator(message).create(client);
        return new SentMail(sent.getSid(), message.body().getBytes(StandardCharsets.UTF_8));
      } catch (TwilioException e) {
        Integer status = e instanceof ApiException api ? api.getStatusCode() : null;
        Integer code = e instanceof ApiException api ? api.getCode() : null;
        if (!retryable(status)) {
          // Twilio's message may quote the number: NotificationFailed may carry it, logs may not.
          throw new PermanentDeliveryException(
              "Twilio refused " + message.reference() + ": status=" + status + " code=" + code,
              "Twilio error " + code + ": " + e.getMessage(),
              e);
        }
        if (attempt >= backoff.size()) {
          throw new TransientDeliveryException(
              "Twilio unavailable for " + message.reference() + ": status=" + status, e);
        }
        log.warn(
            "event=sms_retry reference={} status={} code={} wait={}",
            message.reference(),
            status,
            code,
            backoff.get(attempt));
        pause(backoff.get(attempt));
      }
    }
  }

  private MessageCreator creator(TextMessage message) {
    PhoneNumber to = new PhoneNumber(message.to());
    MessageCreator creator =
        settings.messagingServiceSid().isBlank()
            ? Message.creator(to, new PhoneNumber(settings.from()), message.body())
            : Message.creator(to, settings.messagingServiceSid(), message.body());
    if (!settings.statusCallback().isBlank()) {
      creator.setStatusCallback(settings.statusCallback());
    }
    return creator;
  }

  /** No status (no answer), 401 (credentials being fixed), 429 and 5xx may pass later. */
  private static boolean retryable(Integer status) {
    return status == null || status == 401 || status == 429 || status >= 500;
  }

  private void pause(Duration wait) {
    try {
      pause.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransientDeliveryException("Interrupted while waiting to retry Twilio", e);
    }
  }
}
