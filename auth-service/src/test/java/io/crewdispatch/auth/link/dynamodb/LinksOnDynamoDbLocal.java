package io.crewdispatch.auth.link.dynamodb;

import io.crewdispatch.auth.config.AuthProperties;
import io.crewdispatch.auth.config.AuthTables;
import io.crewdispatch.auth.link.application.LinkStore;
import io.crewdispatch.platform.dynamodb.TableInitializer;
import io.crewdispatch.platform.dynamodb.TableNames;
import io.crewdispatch.testsupport.Infrastructure;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The production {@link LinkStore} on the shared DynamoDB Local, in a table of its own (a fresh
 * prefix per instance), so a unit of the application can be proven against the real conditional
 * writes and transactions.
 */
public final class LinksOnDynamoDbLocal {

  private final DynamoDbClient dynamoDb = Infrastructure.dynamoDb();
  private final TableNames names = new TableNames("links-" + UUID.randomUUID() + "-");
  private final LinkStore store;

  public LinksOnDynamoDbLocal() {
    new TableInitializer(dynamoDb, names).createIfMissing(AuthTables.crewPortalLinks());
    store = new DynamoDbLinkStore(dynamoDb, names, properties());
  }

  public LinkStore store() {
    return store;
  }

  /** How many link items (one per token: accept and decline) the table holds. */
  public long links() {
    return dynamoDb
        .scanPaginator(
            r ->
                r.tableName(names.physical(DynamoDbLinkStore.TABLE))
                    .filterExpression("kind = :link")
                    .expressionAttributeValues(Map.of(":link", AttributeValue.fromS("link"))))
        .items()
        .stream()
        .count();
  }

  private static AuthProperties properties() {
    return new Binder(
            new MapConfigurationPropertySource(
                Map.of(
                    "crewdispatch.auth.public-base-url", "https://crew.example.com",
                    "crewdispatch.auth.token.key", "dW5pdCB0ZXN0IGtleSBwYWRkZWQgdG8gMzIgYnl0ZXM=",
                    "crewdispatch.auth.token.key-id", "k1")))
        .bindOrCreate("crewdispatch.auth", AuthProperties.class);
  }
}
