package io.crewdispatch.dispatch.cascade.dynamodb;

import io.crewdispatch.dispatch.cascade.application.CrewHolds;
import io.crewdispatch.dispatch.cascade.domain.Hold;
import io.crewdispatch.dispatch.config.DispatchTables;
import io.crewdispatch.platform.dynamodb.BatchGets;
import io.crewdispatch.platform.dynamodb.TableNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reads table {@code crew-holds} strongly consistent: one BatchGetItem for the candidates of a sail
 * date, or of a fetch's sail dates (platform {@link BatchGets}: 100 keys a request, throttled keys
 * asked again after a back-off), so deciding whom to call costs the same however many charters sail
 * that day. Holds are written only with a charter ({@link DynamoDbCharterStore}).
 */
@Component
class DynamoDbCrewHolds implements CrewHolds {

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final BatchGets batchGets;

  DynamoDbCrewHolds(DynamoDbClient dynamoDb, TableNames names) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical(DispatchTables.HOLDS);
    this.batchGets = new BatchGets(dynamoDb);
  }

  @Override
  public Map<String, Hold> on(LocalDate sailDate, Collection<String> crewIds) {
    return on(Map.of(sailDate, crewIds)).get(sailDate);
  }

  @Override
  public Map<LocalDate, Map<String, Hold>> on(Map<LocalDate, ? extends Collection<String>> ids) {
    Map<LocalDate, Map<String, Hold>> holds = new HashMap<>();
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    ids.forEach(
        (day, crewIds) -> {
          Map<String, Hold> ofDay = holds.computeIfAbsent(day, d -> new HashMap<>());
          for (String id : crewIds) {
            if (ofDay.put(id, Hold.none(id, day)) == null) {
              keys.add(HoldItems.key(id, day));
            }
          }
        });
    for (Map<String, AttributeValue> item : batchGets.get(table, keys)) {
      Hold hold = HoldItems.hold(item);
      holds.get(hold.sailDate()).put(hold.crewId(), hold);
    }
    return holds;
  }

  @Override
  public List<Hold> of(String crewId, LocalDate from) {
    QueryRequest request =
        QueryRequest.builder()
            .tableName(table)
            .keyConditionExpression("crewId = :crew AND sailDate >= :from")
            .expressionAttributeValues(
                Map.of(
                    ":crew", AttributeValue.fromS(crewId),
                    ":from", AttributeValue.fromS(from.toString())))
            .consistentRead(true)
            .build();
    return dynamoDb.queryPaginator(request).items().stream().map(HoldItems::hold).toList();
  }
}
