package io.crewdispatch.reporting.statement.dynamodb;

import io.crewdispatch.reporting.statement.application.SentStatements;
import io.crewdispatch.reporting.statement.domain.SentStatement;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One item per announced statement under the month: {@code record = sent#} (the summary) or {@code
 * sent#<crewId>}, holding the content digest, the charter lines (when kept) and the totals.
 */
@Repository
class DynamoDbSentStatements implements SentStatements {

  static final String PREFIX = "sent#";

  private final DynamoDbClient dynamoDb;
  private final StatementRunsTable table;

  DynamoDbSentStatements(DynamoDbClient dynamoDb, StatementRunsTable table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public Map<String, SentStatement> find(YearMonth month) {
    Map<String, SentStatement> sent = new HashMap<>();
    dynamoDb
        .queryPaginator(
            q ->
                q.tableName(table.name())
                    .keyConditionExpression("#m = :m AND begins_with(#r, :p)")
                    .expressionAttributeNames(
                        Map.of("#m", StatementRunsTable.MONTH, "#r", StatementRunsTable.RECORD))
                    .expressionAttributeValues(
                        Map.of(
                            ":m", AttributeValue.fromS(month.toString()),
                            ":p", AttributeValue.fromS(PREFIX)))
                    .consistentRead(true))
        .items()
        .forEach(
            item ->
                sent.put(
                    item.get(StatementRunsTable.RECORD).s().substring(PREFIX.length()),
                    statement(item)));
    return sent;
  }

  @Override
  public void save(YearMonth month, String key, SentStatement sent) {
    Map<String, AttributeValue> item = new HashMap<>(StatementRunsTable.key(month, PREFIX + key));
    item.put("digest", AttributeValue.fromS(sent.digest()));
    if (sent.lines() != null) {
      item.put(
          "lines", AttributeValue.fromL(sent.lines().stream().map(AttributeValue::fromS).toList()));
    }
    Map<String, AttributeValue> totals = new HashMap<>();
    sent.totals().forEach((name, value) -> totals.put(name, AttributeValue.fromS(value)));
    item.put("totals", AttributeValue.fromM(totals));
    dynamoDb.putItem(p -> p.tableName(table.name()).item(item));
  }

  private static SentStatement statement(Map<String, AttributeValue> item) {
    Map<String, String> totals = new HashMap<>();
    item.get("totals").m().forEach((name, value) -> totals.put(name, value.s()));
    return new SentStatement(
        item.get("digest").s(),
        item.containsKey("lines")
            ? item.get("lines").l().stream().map(AttributeValue::s).toList()
            : null,
        totals);
  }
}
