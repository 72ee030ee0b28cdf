package io.crewdispatch.notification.delivery.gmail;

import com.google.api.client.auth.oauth2.AuthorizationCodeFlow;
import com.google.api.client.auth.oauth2.AuthorizationCodeRequestUrl;
import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.extensions.java6.auth.oauth2.AuthorizationCodeInstalledApp;
import com.google.api.client.extensions.jetty.auth.oauth2.LocalServerReceiver;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.gmail.GmailScopes;
import io.crewdispatch.notification.config.NotificationProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * {@code java -jar notification-service.jar authorize}: Google's installed-app OAuth flow, once.
 * Opens (or prints) Google's consent page, receives the answer on a local port, and writes the
 * token file the Gmail transport then keeps fresh. Runs without Kafka or DynamoDB.
 */
// Deliberately not a @Component: only the authorize command registers it, never the service.
@EnableConfigurationProperties(NotificationProperties.class)
class AuthorizeCommand implements ApplicationRunner {

  static final String USER = "gmail-sender";

  private final NotificationProperties properties;

  AuthorizeCommand(NotificationProperties properties) {
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    Path written =
        authorize(
            properties.gmail(),
            new NetHttpTransport(),
            new AuthorizationCodeInstalledApp.DefaultBrowser(),
            Clock.systemUTC());
    System.out.println("Wrote " + written + " (mode 0600). The service sends with it from now on.");
  }

  static Path authorize(
      NotificationProperties.Gmail gmail,
      HttpTransport http,
      AuthorizationCodeInstalledApp.Browser browser,
      Clock clock)
      throws IOException {
    if (gmail.clientId().isBlank() || gmail.clientSecret().isBlank()) {
      throw new IllegalArgumentException(
          "Set GMAIL_CLIENT_ID and GMAIL_CLIENT_SECRET (an OAuth client of type Desktop app)");
    }
    AuthorizationCodeFlow flow =
        new AuthorizationCodeFlow.Builder(
                BearerToken.authorizationHeaderAccessMethod(),
                http,
                GsonFactory.getDefaultInstance(),
                new GenericUrl(gmail.tokenUri()),
                new ClientParametersAuthentication(gmail.clientId(), gmail.clientSecret()),
                gmail.clientId(),
                gmail.authorizationUri().toString())
            .setScopes(List.of(GmailScopes.GMAIL_SEND))
            .build();
    LocalServerReceiver receiver =
        new LocalServerReceiver.Builder()
            .setHost("localhost")
            .setPort(gmail.authorizePort() == 0 ? -1 : gmail.authorizePort())
            .build();
    Credential credential = new OfflineInstalledApp(flow, receiver, browser).authorize(USER);
    if (credential.getRefreshToken() == null) {
      throw new IllegalStateException(
          "Google returned no refresh token. Remove the app's access at"
              + " https://myaccount.google.com/permissions and run authorize again.");
    }
    Instant now = clock.instant();
    Long expiresAt = credential.getExpirationTimeMilliseconds();
    TokenFile file = new TokenFile(gmail.tokenFile());
    file.write(
        new StoredToken(
            StoredToken.TYPE,
            gmail.clientId(),
            gmail.clientSecret(),
            credential.getRefreshToken(),
            credential.getAccessToken(),
            expiresAt == null ? null : Instant.ofEpochMilli(expiresAt).toString(),
            GmailScopes.GMAIL_SEND,
            now.toString()));
    return file.path();
  }

  /** Asks for offline access and fresh consent, without which Google omits the refresh token. */
  private static final class OfflineInstalledApp extends AuthorizationCodeInstalledApp {

    OfflineInstalledApp(AuthorizationCodeFlow flow, LocalServerReceiver receiver, Browser browser) {
      super(flow, receiver, browser);
    }

    @Override
    protected void onAuthorization(AuthorizationCodeRequestUrl url) throws IOException {
      url.set("access_type", "offline");
      url.set("prompt", "consent");
      super.onAuthorization(url);
    }
  }
}
