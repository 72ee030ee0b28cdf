package io.crewdispatch.auth.signin;

import io.crewdispatch.auth.config.AuthProperties;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.stereotype.Component;

/**
 * Registers the clients the settings name (the office console, booking systems), storing only their
 * secrets' hashes, before the service reports ready; in the local profile also the seeded office
 * user and the demo booking client, with secrets from {@link LocalCredentials}.
 */
@Component
class AccountSetup implements ApplicationRunner {

  static final String CONSOLE_SCOPES = "openid office charters:read";
  private static final Logger log = LoggerFactory.getLogger(AccountSetup.class);

  private final AuthProperties.SignIn settings;
  private final RegisteredClientRepository clients;
  private final OfficeUsers users;
  private final PasswordEncoder encoder;

  AccountSetup(
      AuthProperties properties,
      RegisteredClientRepository clients,
      OfficeUsers users,
      PasswordEncoder encoder) {
    this.settings = properties.signIn();
    this.clients = clients;
    this.users = users;
    this.encoder = encoder;
  }

  @Override
  public void run(ApplicationArguments args) {
    String consoleSecret = settings.consoleClientSecret();
    if (settings.seed().enabled()) {
      Path file = Path.of(settings.seed().credentialsFile());
      LocalCredentials local = LocalCredentials.loadOrCreate(file, settings.seed().officeEmail());
      users.save(new OfficeUser(local.officeEmail(), encoder.encode(local.officePassword())));
      clients.save(bookingClient(LocalCredentials.DEMO_BOOKING, local.demoBookingSecret()));
      clients.save(
          machineClient(
              LocalCredentials.LOCAL_OPS, local.opsSecret(), "roster:sync", "statements:write"));
      if (consoleSecret.isBlank()) {
        consoleSecret = local.consoleSecret();
      }
      log.info("event=local_accounts_seeded credentialsFile={}", file.toAbsolutePath());
    }
    if (!consoleSecret.isBlank()) {
      clients.save(consoleClient(consoleSecret));
    }
    for (String entry : settings.bookingClients()) {
      int colon = entry.indexOf(':');
      if (colon < 1 || colon == entry.length() - 1) {
        throw new IllegalStateException(
            "crewdispatch.auth.sign-in.booking-clients entries are clientId:secret");
      }
      clients.save(bookingClient(entry.substring(0, colon), entry.substring(colon + 1)));
    }
  }

  RegisteredClient bookingClient(String clientId, String secret) {
    return machineClient(clientId, secret, "charters:write", "charters:read");
  }

  /** A client-credentials client: a booking system, or a scheduler asking for syncs. */
  RegisteredClient machineClient(String clientId, String secret, String... scopes) {
    RegisteredClient.Builder client =
        RegisteredClient.withId(clientId)
            .clientId(clientId)
            .clientName("Machine client " + clientId)
            .clientSecret(encoder.encode(secret))
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
            .clientSettings(ClientSettings.builder().requireProofKey(false).build());
    for (String scope : scopes) {
      client.scope(scope);
    }
    return client.build();
  }

  RegisteredClient consoleClient(String secret) {
    RegisteredClient.Builder client =
        RegisteredClient.withId(LocalCredentials.OFFICE_CONSOLE)
            .clientId(LocalCredentials.OFFICE_CONSOLE)
            .clientName("Office console")
            .clientSecret(encoder.encode(secret))
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
            .redirectUri(settings.consoleRedirectUri())
            .clientSettings(ClientSettings.builder().requireProofKey(true).build());
    for (String scope : CONSOLE_SCOPES.split(" ")) {
      client.scope(scope);
    }
    return client.build();
  }
}
