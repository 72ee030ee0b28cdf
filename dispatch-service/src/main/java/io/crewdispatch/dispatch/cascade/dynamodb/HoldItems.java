package io.crewdispatch.dispatch.cascade.dynamodb;

import io.crewdispatch.dispatch.cascade.domain.Hold;
import io.crewdispatch.dispatch.cascade.domain.HoldWrite;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Items of table {@code crew-holds}: key {@code crewId} + {@code sailDate}, {@code version}, and
 * {@code charters}: charterId to {departure, returnAt} in epoch millis. A write is conditioned on
 * the version its decision read; an empty hold is deleted, on the same condition.
 */
final class HoldItems {

  private static final String SAME_VERSION = "#v = :expected";
  private static final String NEW = "attribute_not_exists(crewId)";

  private HoldItems() {}

  static Map<String, AttributeValue> key(String crewId, LocalDate sailDate) {
    return Map.of("crewId", s(crewId), "sailDate", s(sailDate.toString()));
  }

  /** The transaction item for {@code write}, or null when nothing is stored before or after. */
  static TransactWriteItem write(String table, HoldWrite write) {
    Hold before = write.before();
    Hold after = write.after();
    if (after.charters().isEmpty()) {
      if (before.version() == 0) {
        return null;
      }
      Delete delete =
          Delete.builder()
              .tableName(table)
              .key(key(before.crewId(), before.sailDate()))
              .conditionExpression(SAME_VERSION)
              .expressionAttributeNames(Map.of("#v", "version"))
              .expressionAttributeValues(Map.of(":expected", n(before.version())))
              .build();
      return TransactWriteItem.builder().delete(delete).build();
    }
    Put.Builder put = Put.builder().tableName(table).item(item(after, before.version() + 1));
    if (before.version() == 0) {
      put.conditionExpression(NEW);
    } else {
      put.conditionExpression(SAME_VERSION)
          .expressionAttributeNames(Map.of("#v", "version"))
          .expressionAttributeValues(Map.of(":expected", n(before.version())));
    }
    return TransactWriteItem.builder().put(put.build()).build();
  }

  static Hold hold(Map<String, AttributeValue> item) {
    List<Hold.Held> charters =
        item.get("charters").m().entrySet().stream()
            .map(
                e ->
                    new Hold.Held(
                        e.getKey(),
                        Instant.ofEpochMilli(Long.parseLong(e.getValue().m().get("departure").n())),
                        Instant.ofEpochMilli(Long.parseLong(e.getValue().m().get("returnAt").n()))))
            .sorted((a, b) -> a.departure().compareTo(b.departure()))
            .toList();
    return new Hold(
        item.get("crewId").s(),
        LocalDate.parse(item.get("sailDate").s()),
        Long.parseLong(item.get("version").n()),
        charters);
  }

  private static Map<String, AttributeValue> item(Hold hold, long version) {
    Map<String, AttributeValue> charters = new HashMap<>();
    for (Hold.Held held : hold.charters()) {
      charters.put(
          held.charterId(),
          AttributeValue.fromM(
              Map.of(
                  "departure", n(held.departure().toEpochMilli()),
                  "returnAt", n(held.returnAt().toEpochMilli()))));
    }
    Map<String, AttributeValue> item = new HashMap<>(key(hold.crewId(), hold.sailDate()));
    item.put("version", n(version));
    item.put("charters", AttributeValue.fromM(charters));
    return item;
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
