package io.crewdispatch.dispatch.roster.dynamodb;

import io.crewdispatch.dispatch.config.DispatchTables;
import io.crewdispatch.dispatch.roster.application.CrewRoster;
import io.crewdispatch.dispatch.roster.domain.Channel;
import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.DayAvailability;
import io.crewdispatch.dispatch.roster.domain.Rank;
import io.crewdispatch.dispatch.roster.domain.RosterUpdate;
import io.crewdispatch.platform.dynamodb.TableNames;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Table {@code dispatch-roster}: one item per member with the event it came from. A put only
 * replaces an older record, so redelivery and replay from the start of the topic converge.
 */
@Component
class DynamoDbCrewRoster implements CrewRoster {

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoDbCrewRoster(DynamoDbClient dynamoDb, TableNames names) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical(DispatchTables.ROSTER);
  }

  @Override
  public boolean save(RosterUpdate update) {
    try {
      dynamoDb.putItem(
          r ->
              r.tableName(table)
                  .item(item(update))
                  .conditionExpression(
                      "attribute_not_exists(crewId) OR (occurred_at <= :at AND event_id <> :id)")
                  .expressionAttributeValues(
                      Map.of(
                          ":at", n(update.occurredAt().toEpochMilli()),
                          ":id", s(update.eventId()))));
      return true;
    } catch (ConditionalCheckFailedException newerOrSame) {
      return false;
    }
  }

  @Override
  public Optional<CrewMember> find(String crewId) {
    var item =
        dynamoDb
            .getItem(r -> r.tableName(table).key(Map.of("crewId", s(crewId))).consistentRead(true))
            .item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(member(item));
  }

  @Override
  public List<CrewMember> all() {
    ScanRequest request = ScanRequest.builder().tableName(table).consistentRead(true).build();
    return dynamoDb.scanPaginator(request).items().stream()
        .map(DynamoDbCrewRoster::member)
        .toList();
  }

  private static Map<String, AttributeValue> item(RosterUpdate update) {
    CrewMember m = update.member();
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("crewId", s(m.crewId()));
    item.put("name", s(m.name()));
    item.put("rank", s(m.rank().name()));
    item.put("email", s(m.email()));
    if (m.phone() != null) {
      item.put("phone", s(m.phone()));
    }
    item.put("cascade_order", n(m.cascadeOrder()));
    item.put("active", AttributeValue.fromBool(m.active()));
    item.put("availability", AttributeValue.fromM(strings(m.availability())));
    item.put("paired", AttributeValue.fromM(strings(m.pairedCaptainByMonth())));
    item.put("channel", s(m.channel().name()));
    item.put("certificates", AttributeValue.fromM(strings(m.certificates())));
    item.put("event_id", s(update.eventId()));
    item.put("occurred_at", n(update.occurredAt().toEpochMilli()));
    return item;
  }

  private static CrewMember member(Map<String, AttributeValue> item) {
    AttributeValue phone = item.get("phone");
    return new CrewMember(
        item.get("crewId").s(),
        item.get("name").s(),
        Rank.valueOf(item.get("rank").s()),
        item.get("email").s(),
        phone == null ? null : phone.s(),
        Integer.parseInt(item.get("cascade_order").n()),
        item.get("active").bool(),
        map(item, "availability").entrySet().stream()
            .collect(
                Collectors.toMap(
                    e -> LocalDate.parse(e.getKey()),
                    e -> DayAvailability.valueOf(e.getValue().s()))),
        map(item, "paired").entrySet().stream()
            .collect(Collectors.toMap(e -> YearMonth.parse(e.getKey()), e -> e.getValue().s())),
        item.containsKey("channel") ? Channel.valueOf(item.get("channel").s()) : Channel.EMAIL,
        map(item, "certificates").entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> LocalDate.parse(e.getValue().s()))));
  }

  private static Map<String, AttributeValue> map(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? Map.of() : value.m();
  }

  private static Map<String, AttributeValue> strings(Map<?, ?> values) {
    Map<String, AttributeValue> out = new HashMap<>();
    values.forEach((k, v) -> out.put(k.toString(), s(v.toString())));
    return out;
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
