package io.crewdispatch.roster.member.dynamodb;

import io.crewdispatch.platform.dynamodb.TableNames;
import io.crewdispatch.roster.member.application.ConcurrentMemberUpdateException;
import io.crewdispatch.roster.member.application.MemberStore;
import io.crewdispatch.roster.member.application.StoredMember;
import io.crewdispatch.roster.member.domain.DayChange;
import io.crewdispatch.roster.member.domain.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Table crew-roster; every write is conditional on the version it was read at. */
@Repository
class DynamoDbMemberStore implements MemberStore {

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoDbMemberStore(DynamoDbClient dynamoDb, TableNames names) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical("crew-roster");
  }

  @Override
  public Map<String, StoredMember> loadAll() {
    Map<String, StoredMember> members = new LinkedHashMap<>();
    dynamoDb
        .scanPaginator(r -> r.tableName(table).consistentRead(true))
        .items()
        .forEach(item -> members.put(item.get("crewId").s(), MemberItem.read(item)));
    return members;
  }

  @Override
  public Optional<StoredMember> find(String crewId) {
    var item =
        dynamoDb.getItem(r -> r.tableName(table).key(key(crewId)).consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(MemberItem.read(item));
  }

  @Override
  public long save(Member member, long expectedVersion) {
    Map<String, AttributeValue> values = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    MemberItem.attributes(member)
        .forEach(
            (attribute, value) -> {
              names.put("#" + attribute, attribute);
              values.put(":" + attribute, value);
            });
    String set =
        names.keySet().stream()
            .map(n -> n + " = :" + n.substring(1))
            .collect(Collectors.joining(", "));
    long next = expectedVersion + 1;
    values.put(":next", MemberItem.n(next));
    names.put("#version", "version");
    names.put("#phone", "phone");
    String update = "SET " + set + ", #version = :next";
    if (member.phone() == null) {
      update += " REMOVE #phone";
    } else {
      values.put(":phone", MemberItem.s(member.phone()));
      update += ", #phone = :phone";
    }
    String condition;
    if (expectedVersion == 0) {
      condition = "attribute_not_exists(crewId)";
    } else {
      condition = "#version = :expected";
      values.put(":expected", MemberItem.n(expectedVersion));
    }
    String expression = update;
    try {
      dynamoDb.updateItem(
          r ->
              r.tableName(table)
                  .key(key(member.crewId()))
                  .updateExpression(expression)
                  .conditionExpression(condition)
                  .expressionAttributeNames(names)
                  .expressionAttributeValues(values));
    } catch (ConditionalCheckFailedException raced) {
      throw new ConcurrentMemberUpdateException(member.crewId());
    }
    return next;
  }

  @Override
  public void recordDayChanges(String crewId, Map<LocalDate, DayChange> changes) {
    if (changes.isEmpty()) {
      return;
    }
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    List<String> sets = new ArrayList<>();
    int i = 0;
    for (var change : changes.entrySet()) {
      names.put("#d" + i, MemberItem.DAY_CHANGE + change.getKey());
      values.put(":d" + i, MemberItem.s(change.getValue().encode()));
      sets.add("#d" + i + " = :d" + i);
      i++;
    }
    dynamoDb.updateItem(
        r ->
            r.tableName(table)
                .key(key(crewId))
                .updateExpression("SET " + String.join(", ", sets))
                .conditionExpression("attribute_exists(crewId)")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values));
  }

  @Override
  public void markPublished(String crewId, long version) {
    try {
      dynamoDb.updateItem(
          r ->
              r.tableName(table)
                  .key(key(crewId))
                  .updateExpression("SET publishedVersion = :v")
                  .conditionExpression(
                      "attribute_exists(crewId) AND (attribute_not_exists(publishedVersion)"
                          + " OR publishedVersion < :v)")
                  .expressionAttributeValues(Map.of(":v", MemberItem.n(version))));
    } catch (ConditionalCheckFailedException alreadyNewer) {
      // a later version was published already: nothing owed
    }
  }

  private static Map<String, AttributeValue> key(String crewId) {
    return Map.of("crewId", MemberItem.s(crewId));
  }
}
