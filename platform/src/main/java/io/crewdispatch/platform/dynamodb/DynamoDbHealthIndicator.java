package io.crewdispatch.platform.dynamodb;

import java.util.List;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** UP when every table this service owns can be described and is ACTIVE. */
class DynamoDbHealthIndicator extends AbstractHealthIndicator {

  private final DynamoDbClient dynamoDb;
  private final TableNames names;
  private final List<TableDefinition> tables;

  DynamoDbHealthIndicator(DynamoDbClient dynamoDb, TableNames names, List<TableDefinition> tables) {
    super("DynamoDB health check failed");
    this.dynamoDb = dynamoDb;
    this.names = names;
    this.tables = tables;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder.up();
    for (TableDefinition table : tables) {
      String physical = names.physical(table.name());
      var status = dynamoDb.describeTable(r -> r.tableName(physical)).table().tableStatusAsString();
      builder.withDetail(physical, status);
      if (!"ACTIVE".equals(status)) {
        builder.down();
      }
    }
  }
}
