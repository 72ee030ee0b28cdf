package io.crewdispatch.auth.signin.dynamodb;

import io.crewdispatch.auth.config.AuthProperties;
import io.crewdispatch.platform.dynamodb.TableNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * OAuth clients in table {@code oauth-clients}, keyed by clientId (which is also the registration
 * id). Secrets are stored only as the password encoder's hash. Token lifetimes are not stored: they
 * come from the settings, so changing them applies to every client at once.
 */
@Repository
class DynamoDbClients implements RegisteredClientRepository {

  static final String TABLE = "oauth-clients";

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final TokenSettings tokens;

  DynamoDbClients(DynamoDbClient dynamoDb, TableNames names, AuthProperties properties) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical(TABLE);
    this.tokens =
        TokenSettings.builder()
            .accessTokenTimeToLive(properties.signIn().accessTokenLifetime())
            .refreshTokenTimeToLive(properties.signIn().refreshTokenLifetime())
            .reuseRefreshTokens(false)
            .build();
  }

  @Override
  public void save(RegisteredClient client) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("clientId", AttributeValue.fromS(client.getClientId()));
    item.put("clientName", AttributeValue.fromS(client.getClientName()));
    if (client.getClientSecret() != null) {
      item.put("secretHash", AttributeValue.fromS(client.getClientSecret()));
    }
    item.put(
        "authMethods",
        set(client.getClientAuthenticationMethods().stream().map(m -> m.getValue())));
    item.put(
        "grantTypes", set(client.getAuthorizationGrantTypes().stream().map(g -> g.getValue())));
    item.put("scopes", set(client.getScopes().stream()));
    if (!client.getRedirectUris().isEmpty()) {
      item.put("redirectUris", set(client.getRedirectUris().stream()));
    }
    item.put(
        "requirePkce", AttributeValue.fromBool(client.getClientSettings().isRequireProofKey()));
    dynamoDb.putItem(PutItemRequest.builder().tableName(table).item(item).build());
  }

  @Override
  public RegisteredClient findById(String id) {
    return findByClientId(id);
  }

  @Override
  public RegisteredClient findByClientId(String clientId) {
    if (clientId == null || clientId.isBlank() || clientId.length() > 200) {
      return null;
    }
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(
                GetItemRequest.builder()
                    .tableName(table)
                    .key(Map.of("clientId", AttributeValue.fromS(clientId)))
                    .build())
            .item();
    if (item == null || item.isEmpty()) {
      return null;
    }
    RegisteredClient.Builder client =
        RegisteredClient.withId(clientId)
            .clientId(clientId)
            .clientName(item.get("clientName").s())
            .tokenSettings(tokens)
            .clientSettings(
                ClientSettings.builder()
                    .requireProofKey(item.get("requirePkce").bool())
                    .requireAuthorizationConsent(false)
                    .build());
    if (item.containsKey("secretHash")) {
      client.clientSecret(item.get("secretHash").s());
    }
    item.get("authMethods")
        .ss()
        .forEach(m -> client.clientAuthenticationMethod(new ClientAuthenticationMethod(m)));
    item.get("grantTypes")
        .ss()
        .forEach(g -> client.authorizationGrantType(new AuthorizationGrantType(g)));
    item.get("scopes").ss().forEach(client::scope);
    item.getOrDefault("redirectUris", AttributeValue.fromSs(List.of()))
        .ss()
        .forEach(client::redirectUri);
    return client.build();
  }

  private static AttributeValue set(java.util.stream.Stream<String> values) {
    Set<String> distinct = values.collect(Collectors.toSet());
    return AttributeValue.fromSs(List.copyOf(distinct));
  }
}
