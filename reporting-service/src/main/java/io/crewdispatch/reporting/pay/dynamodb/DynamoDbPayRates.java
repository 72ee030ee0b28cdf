package io.crewdispatch.reporting.pay.dynamodb;

import io.crewdispatch.platform.dynamodb.TableNames;
import io.crewdispatch.reporting.pay.application.PayRates;
import io.crewdispatch.reporting.pay.domain.PayRate;
import io.crewdispatch.reporting.pay.domain.RateChange;
import io.crewdispatch.reporting.pay.domain.RateHistory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Rate changes in table {@code crew-pay-rates}: key crewId, sort key {@code effectiveFrom} (epoch
 * millis, zero-padded so text order is time order, then the event id, so two changes in one
 * millisecond both stay). A put is conditional on the key being new, so a redelivered event writes
 * nothing.
 */
@Repository
class DynamoDbPayRates implements PayRates {

  static final String TABLE = "crew-pay-rates";
  static final String CREW_ID = "crewId";
  static final String FROM = "effectiveFrom";

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoDbPayRates(DynamoDbClient dynamoDb, TableNames names) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical(TABLE);
  }

  @Override
  public Optional<RateChange> latest(String crewId) {
    return dynamoDb
        .query(
            q ->
                q.tableName(table)
                    .keyConditionExpression("#c = :c")
                    .expressionAttributeNames(Map.of("#c", CREW_ID))
                    .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(crewId)))
                    .scanIndexForward(false)
                    .limit(1)
                    .consistentRead(true))
        .items()
        .stream()
        .findFirst()
        .map(DynamoDbPayRates::change);
  }

  @Override
  public void record(RateChange change) {
    try {
      dynamoDb.putItem(
          p ->
              p.tableName(table)
                  .item(
                      Map.of(
                          CREW_ID,
                          AttributeValue.fromS(change.crewId()),
                          FROM,
                          AttributeValue.fromS(sortKey(change)),
                          "dayRate",
                          AttributeValue.fromN(change.rate().dayRate().toPlainString()),
                          "sharePercent",
                          AttributeValue.fromN(
                              change.rate().revenueSharePercent().toPlainString())))
                  .conditionExpression("attribute_not_exists(" + CREW_ID + ")"));
    } catch (ConditionalCheckFailedException recordedAlready) {
      // the same event again: its change is there
    }
  }

  @Override
  public RateHistory history() {
    RateHistory history = new RateHistory();
    dynamoDb.scanPaginator(s -> s.tableName(table).consistentRead(true)).items().stream()
        .map(DynamoDbPayRates::change)
        .forEach(history::add);
    return history;
  }

  private static String sortKey(RateChange change) {
    return "%015d#%s".formatted(change.effectiveFrom().toEpochMilli(), change.eventId());
  }

  private static RateChange change(Map<String, AttributeValue> item) {
    String from = item.get(FROM).s();
    int hash = from.indexOf('#');
    return new RateChange(
        item.get(CREW_ID).s(),
        Instant.ofEpochMilli(Long.parseLong(from.substring(0, hash))),
        from.substring(hash + 1),
        new PayRate(
            new BigDecimal(item.get("dayRate").n()), new BigDecimal(item.get("sharePercent").n())));
  }
}
