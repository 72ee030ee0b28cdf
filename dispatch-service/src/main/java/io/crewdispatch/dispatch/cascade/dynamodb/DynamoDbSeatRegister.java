package io.crewdispatch.dispatch.cascade.dynamodb;

import io.crewdispatch.dispatch.cascade.application.SeatRegister;
import io.crewdispatch.dispatch.config.DispatchTables;
import io.crewdispatch.platform.dynamodb.TableNames;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Table {@code dispatch-seats}: crewId, then {@code <sail date>#<charterId>}, so dates sort. */
@Component
class DynamoDbSeatRegister implements SeatRegister {

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoDbSeatRegister(DynamoDbClient dynamoDb, TableNames names) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical(DispatchTables.SEATS);
  }

  @Override
  public void record(String crewId, LocalDate sailDate, String charterId) {
    try {
      dynamoDb.putItem(
          r ->
              r.tableName(table)
                  .item(
                      Map.of(
                          "crewId", AttributeValue.fromS(crewId),
                          "seat", AttributeValue.fromS(sailDate + "#" + charterId)))
                  .conditionExpression("attribute_not_exists(seat)"));
    } catch (ConditionalCheckFailedException alreadyThere) {
      // recorded by an earlier attempt
    }
  }

  @Override
  public List<String> chartersOf(String crewId, LocalDate from) {
    QueryRequest request =
        QueryRequest.builder()
            .tableName(table)
            .keyConditionExpression("crewId = :crew AND seat >= :from")
            .expressionAttributeValues(
                Map.of(
                    ":crew", AttributeValue.fromS(crewId),
                    ":from", AttributeValue.fromS(from.toString())))
            .consistentRead(true)
            .build();
    return dynamoDb.queryPaginator(request).items().stream()
        .map(item -> item.get("seat").s())
        .map(seat -> seat.substring(seat.indexOf('#') + 1))
        .distinct()
        .toList();
  }
}
