package io.crewdispatch.notification.delivery.gmail;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.gmail.Gmail;
import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.MailTransport;
import io.crewdispatch.notification.delivery.mime.MimeMessages;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Gmail transport, chosen with {@code crewdispatch.notification.transport=gmail}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "crewdispatch.notification.transport", havingValue = "gmail")
class GmailConfiguration {

  @Bean
  HttpTransport gmailHttpTransport() {
    return new NetHttpTransport();
  }

  @Bean
  AccessTokenSource gmailAccessTokens(
      NotificationProperties properties, HttpTransport gmailHttpTransport, Clock clock) {
    NotificationProperties.Gmail gmail = properties.gmail();
    if (gmail.auth() == NotificationProperties.GmailAuth.SERVICE_ACCOUNT) {
      return new ServiceAccountTokenSource(gmail, gmailHttpTransport, clock, Sleeper.real());
    }
    return new UserTokenSource(
        new TokenFile(gmail.tokenFile()),
        gmail,
        gmailHttpTransport,
        GsonFactory.getDefaultInstance(),
        clock,
        Sleeper.real());
  }

  @Bean
  GmailTransport gmailTransport(
      NotificationProperties properties,
      HttpTransport gmailHttpTransport,
      AccessTokenSource gmailAccessTokens,
      Clock clock) {
    return new GmailTransport(
        client(gmailHttpTransport, properties.gmail()),
        gmailAccessTokens,
        new MimeMessages(clock),
        properties.gmail(),
        Sleeper.real());
  }

  @Bean
  MailTransport gmailMailTransport(GmailTransport gmailTransport) {
    return gmailTransport::send;
  }

  @Bean
  GmailHealthIndicator gmailHealthIndicator(AccessTokenSource gmailAccessTokens) {
    return new GmailHealthIndicator(gmailAccessTokens);
  }

  /** The real Gmail client; the root URL points it at a local server in tests. */
  static Gmail client(HttpTransport http, NotificationProperties.Gmail gmail) {
    int timeout = (int) gmail.timeout().toMillis();
    return new Gmail.Builder(
            http,
            GsonFactory.getDefaultInstance(),
            request -> {
              request.setConnectTimeout(timeout);
              request.setReadTimeout(timeout);
              // GmailTransport retries itself, honouring Retry-After.
              request.setNumberOfRetries(0);
            })
        .setRootUrl(gmail.rootUrl().toString())
        .setApplicationName("crew-dispatch-notification")
        .build();
  }
}
