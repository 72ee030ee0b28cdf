package io.crewdispatch.platform.dynamodb;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * UP when DynamoDB answers and the tables this service owns are ACTIVE. Every table is described
 * until all have been seen ACTIVE together; after that, one table a check, in turn. A table does
 * not leave ACTIVE on its own, and any one call proves DynamoDB answers, while the integration
 * watch asks every 5 s: describing all five of dispatch's tables each time was 60 calls a minute
 * per instance doing nothing (issue 21). A table found not ACTIVE sends the next checks back to
 * all.
 *
 * <p>Each describe must answer within two seconds, retries included, as the Kafka check must. The
 * client's own policy for DynamoDB is nine attempts with up to 6.4 s of backoff between them, each
 * with a 30-s socket timeout: a check against stopped tables took 2–3 s in the fault suite's logs,
 * so the watch saw the outage late and seldom, and a 20-s stop went unannounced by two services in
 * CI (4 Dec); against an endpoint that takes the call and never answers it ran past 30 s ({@code
 * DynamoDbHealthIndicatorTest} without the bound). The next check is the retry.
 */
class DynamoDbHealthIndicator extends AbstractHealthIndicator {

  static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final DynamoDbClient dynamoDb;
  private final TableNames names;
  private final List<TableDefinition> tables;
  private final AtomicInteger next = new AtomicInteger();
  private volatile boolean allSeenActive;

  DynamoDbHealthIndicator(DynamoDbClient dynamoDb, TableNames names, List<TableDefinition> tables) {
    super("DynamoDB health check failed");
    this.dynamoDb = dynamoDb;
    this.names = names;
    this.tables = List.copyOf(tables);
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    List<TableDefinition> checked =
        allSeenActive && !tables.isEmpty()
            ? List.of(tables.get(Math.floorMod(next.getAndIncrement(), tables.size())))
            : tables;
    boolean active = true;
    for (TableDefinition table : checked) {
      String physical = names.physical(table.name());
      var status =
          dynamoDb
              .describeTable(
                  r -> r.tableName(physical).overrideConfiguration(o -> o.apiCallTimeout(TIMEOUT)))
              .table()
              .tableStatusAsString();
      builder.withDetail(physical, status);
      active &= "ACTIVE".equals(status);
    }
    allSeenActive = active;
    if (active) {
      builder.up();
    } else {
      builder.down();
    }
  }
}
