package io.crewdispatch.dispatch.cascade.dynamodb;

import static io.crewdispatch.dispatch.cascade.dynamodb.CharterItems.n;
import static io.crewdispatch.dispatch.cascade.dynamodb.CharterItems.s;

import io.crewdispatch.dispatch.cascade.application.CharterIndexes;
import io.crewdispatch.dispatch.cascade.application.DueCharter;
import io.crewdispatch.dispatch.cascade.application.DuePage;
import io.crewdispatch.dispatch.cascade.application.StalledCharter;
import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.config.DispatchTables;
import io.crewdispatch.platform.dynamodb.TableNames;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The GSIs of {@code crew-dispatch}: charters by sail date, charters by due time, stalled charters.
 */
@Component
class DynamoDbCharterIndexes implements CharterIndexes {

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final CharterItems items = new CharterItems();

  DynamoDbCharterIndexes(DynamoDbClient dynamoDb, TableNames names) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical(DispatchTables.CHARTERS);
  }

  /** One query per shard, reading ids and due times only. */
  @Override
  public DuePage due(Instant until, int limit) {
    List<DueCharter> due = new ArrayList<>();
    Instant seenUntil = until;
    for (int shard = 0; shard < CharterItems.TIMER_SHARDS; shard++) {
      AttributeValue partition = CharterItems.shard(shard);
      QueryResponse response =
          dynamoDb.query(
              r ->
                  r.tableName(table)
                      .indexName(DispatchTables.TIMER_DUE_INDEX)
                      .keyConditionExpression("timer_shard = :shard AND timer_due <= :until")
                      .expressionAttributeValues(
                          Map.of(":shard", partition, ":until", n(until.toEpochMilli())))
                      .projectionExpression("charterId, timer_due")
                      .limit(limit));
      Instant last = null;
      for (Map<String, AttributeValue> item : response.items()) {
        last = Instant.ofEpochMilli(Long.parseLong(item.get("timer_due").n()));
        due.add(new DueCharter(item.get("charterId").s(), last));
      }
      if (response.hasLastEvaluatedKey() && last != null && last.isBefore(seenUntil)) {
        seenUntil = last; // this shard has more, due from here on
      }
    }
    return new DuePage(due, seenUntil);
  }

  @Override
  public List<StalledCharter> stalled(YearMonth month, LocalDate from) {
    QueryRequest request =
        QueryRequest.builder()
            .tableName(table)
            .indexName(DispatchTables.STALLED_INDEX)
            .keyConditionExpression("stalled_month = :month AND sail_date >= :from")
            .projectionExpression("charterId, sail_date")
            .expressionAttributeValues(
                Map.of(":month", s(month.toString()), ":from", s(from.toString())))
            .build();
    return dynamoDb.queryPaginator(request).items().stream()
        .map(
            item ->
                new StalledCharter(
                    item.get("charterId").s(), LocalDate.parse(item.get("sail_date").s())))
        .toList();
  }

  @Override
  public List<Charter> inMonth(YearMonth month) {
    return query(
        QueryRequest.builder()
            .keyConditionExpression("charter_month = :month")
            .expressionAttributeValues(Map.of(":month", s(month.toString()))));
  }

  private List<Charter> query(QueryRequest.Builder request) {
    return dynamoDb
        .queryPaginator(
            request.tableName(table).indexName(DispatchTables.CHARTER_DATE_INDEX).build())
        .items()
        .stream()
        .map(items::charter)
        .toList();
  }
}
