package io.crewdispatch.dispatch.booking.dynamodb;

import io.crewdispatch.dispatch.booking.application.BookingLedger;
import io.crewdispatch.dispatch.booking.application.LedgerEntry;
import io.crewdispatch.dispatch.config.DispatchTables;
import io.crewdispatch.platform.dynamodb.TableNames;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Table {@code dispatch-bookings}: charterId, then the entry (booking, cancel, invoice#id...). */
@Component
class DynamoDbBookingLedger implements BookingLedger {

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoDbBookingLedger(DynamoDbClient dynamoDb, TableNames names) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical(DispatchTables.BOOKINGS);
  }

  @Override
  public LedgerEntry record(LedgerEntry entry) {
    try {
      dynamoDb.putItem(
          r ->
              r.tableName(table)
                  .item(
                      Map.of(
                          "charterId", s(entry.charterId()),
                          "entry", s(entry.entry()),
                          "event_id", s(entry.eventId()),
                          "occurred_at", s(entry.occurredAt().toString()),
                          "fingerprint", s(entry.fingerprint()),
                          "published", AttributeValue.fromBool(entry.published())))
                  .conditionExpression("attribute_not_exists(#entry)")
                  .expressionAttributeNames(Map.of("#entry", "entry")));
      return entry;
    } catch (ConditionalCheckFailedException recordedBefore) {
      var item =
          dynamoDb
              .getItem(
                  r ->
                      r.tableName(table)
                          .key(key(entry.charterId(), entry.entry()))
                          .consistentRead(true))
              .item();
      return new LedgerEntry(
          entry.charterId(),
          entry.entry(),
          item.get("event_id").s(),
          Instant.parse(item.get("occurred_at").s()),
          item.get("fingerprint").s(),
          item.get("published").bool());
    }
  }

  @Override
  public void markPublished(String charterId, String entry) {
    dynamoDb.updateItem(
        r ->
            r.tableName(table)
                .key(key(charterId, entry))
                .updateExpression("SET published = :yes")
                .conditionExpression("attribute_exists(#entry)")
                .expressionAttributeNames(Map.of("#entry", "entry"))
                .expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true))));
  }

  @Override
  public boolean knows(String charterId) {
    return !dynamoDb
        .query(
            r ->
                r.tableName(table)
                    .keyConditionExpression("charterId = :id")
                    .expressionAttributeValues(Map.of(":id", s(charterId)))
                    .consistentRead(true)
                    .limit(1))
        .items()
        .isEmpty();
  }

  @Override
  public List<String> entries(String charterId) {
    return dynamoDb
        .queryPaginator(
            r ->
                r.tableName(table)
                    .keyConditionExpression("charterId = :id")
                    .expressionAttributeValues(Map.of(":id", s(charterId)))
                    .projectionExpression("#entry")
                    .expressionAttributeNames(Map.of("#entry", "entry"))
                    .consistentRead(true))
        .items()
        .stream()
        .map(item -> item.get("entry").s())
        .toList();
  }

  private static Map<String, AttributeValue> key(String charterId, String entry) {
    return Map.of("charterId", s(charterId), "entry", s(entry));
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
