package io.crewdispatch.notification.schedule.dynamodb;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.schedule.application.ScheduleStore;
import io.crewdispatch.notification.schedule.application.Scheduled;
import io.crewdispatch.platform.dynamodb.TableNames;
import io.crewdispatch.platform.dynamodb.TransactWrites;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * notification-schedule: one item per thing to send later. A pending item carries {@code queue =
 * due}, which puts it in the sparse index {@code due-index} (queue, dueAt); sending or cancelling
 * removes it. The index only finds candidates: every decision is a conditional write on the item.
 */
@Component
class DynamoDbScheduleStore implements ScheduleStore {

  static final String TABLE = "notification-schedule";
  static final String INDEX = "due-index";

  private static final String PENDING = "PENDING";
  private static final String CANCELLED = "CANCELLED";
  private static final String CLAIMED = "CLAIMED";
  private static final String SENT = "SENT";
  private static final String WAITS_FOR_CALL =
      "#data.callId = :callId AND #status <> :sent AND changedAt < :at";
  private static final String NEWER_OR_ABSENT =
      "attribute_not_exists(id) OR (changedAt < :changedAt AND #status <> :sent)";
  private static final String UNLESS_ANSWERED =
      "(" + NEWER_OR_ABSENT + ") AND NOT contains(answered, :callId)";

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final Duration retention;
  private final TransactWrites transactWrites;

  DynamoDbScheduleStore(
      DynamoDbClient dynamoDb, TableNames names, NotificationProperties properties) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical(TABLE);
    this.retention = properties.logRetention();
    this.transactWrites = new TransactWrites(dynamoDb);
  }

  @Override
  public boolean put(Scheduled item) {
    return put(write(item, NEWER_OR_ABSENT, Map.of()));
  }

  @Override
  public boolean putUnlessAnswered(Scheduled item, String callId) {
    return put(unlessAnswered(item, callId));
  }

  @Override
  public void answered(String id, String callId, Instant at) {
    Map<String, AttributeValue> values =
        Map.of(
            ":callId", s(callId),
            ":answered", AttributeValue.fromSs(List.of(callId)),
            ":cancelled", s(CANCELLED),
            ":sent", s(SENT),
            ":at", n(at.toEpochMilli()),
            ":ttl", n(at.plus(retention).getEpochSecond()));
    Map<String, String> names = Map.of("#status", "status", "#data", "data");
    // Two conditional writes that exclude each other: the call's own scheduling landing between
    // them makes the second fail, and the first is tried again on what is now there.
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        // The text still waits for this very call: cancel it (a text being sent right now goes).
        // No item yet (the call not handled, or no follow-up for it): the same write leaves the
        // tombstone, so the usual answer costs one write.
        dynamoDb.updateItem(
            r ->
                r.tableName(table)
                    .key(key(id))
                    .updateExpression(
                        "SET #status = :cancelled, changedAt = :at, expiresAt = :ttl"
                            + " REMOVE queue ADD answered :answered")
                    .conditionExpression("attribute_not_exists(id) OR (" + WAITS_FOR_CALL + ")")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
        return;
      } catch (ConditionalCheckFailedException notWaitingForIt) {
        // another call's item, or one sent or changed later
      }
      try {
        // Only remember the answer: it refuses this call's scheduling (a tombstone, should the
        // item have gone meanwhile).
        dynamoDb.updateItem(
            r ->
                r.tableName(table)
                    .key(key(id))
                    .updateExpression(
                        "ADD answered :answered SET #status = if_not_exists(#status, :cancelled),"
                            + " changedAt = if_not_exists(changedAt, :at),"
                            + " expiresAt = if_not_exists(expiresAt, :ttl)")
                    .conditionExpression("NOT (" + WAITS_FOR_CALL + ")")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
        return;
      } catch (ConditionalCheckFailedException scheduledMeanwhile) {
        // the call's follow-up landed between the two writes: cancel it on the next turn
      }
    }
    throw new IllegalStateException("Follow-up " + id + " kept changing while answered");
  }

  @Override
  public boolean putAllUnlessAnswered(List<FollowUp> followUps) {
    return transactWrites.writeAll(
        followUps.stream()
            .map(
                f ->
                    TransactWriteItem.builder()
                        .update(unlessAnswered(f.item(), f.callId()))
                        .build())
            .toList());
  }

  private Update unlessAnswered(Scheduled item, String callId) {
    return write(item, UNLESS_ANSWERED, Map.of(":callId", s(callId)));
  }

  private boolean put(Update write) {
    try {
      dynamoDb.updateItem(
          r ->
              r.tableName(write.tableName())
                  .key(write.key())
                  .updateExpression(write.updateExpression())
                  .conditionExpression(write.conditionExpression())
                  .expressionAttributeNames(write.expressionAttributeNames())
                  .expressionAttributeValues(write.expressionAttributeValues()));
      return true;
    } catch (ConditionalCheckFailedException olderOrSent) {
      return false;
    }
  }

  /** The item set pending, on {@code condition}. */
  private Update write(Scheduled item, String condition, Map<String, AttributeValue> extra) {
    Map<String, AttributeValue> values = new HashMap<>(extra);
    values.put(":pending", s(PENDING));
    values.put(":sent", s(SENT));
    values.put(":due", s("due"));
    values.put(":dueAt", n(item.dueAt().toEpochMilli()));
    values.put(":changedAt", n(item.changedAt().toEpochMilli()));
    values.put(":kind", s(item.kind()));
    values.put(
        ":data",
        AttributeValue.fromM(
            item.data().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> s(e.getValue())))));
    values.put(":ttl", n(item.dueAt().plus(retention).getEpochSecond()));
    return Update.builder()
        .tableName(table)
        .key(key(item.id()))
        .updateExpression(
            "SET #status = :pending, queue = :due, dueAt = :dueAt, changedAt ="
                + " :changedAt, kind = :kind, #data = :data, expiresAt = :ttl"
                + " REMOVE claimToken, leaseUntil")
        .conditionExpression(condition)
        .expressionAttributeNames(Map.of("#status", "status", "#data", "data"))
        .expressionAttributeValues(values)
        .build();
  }

  @Override
  public void cancel(String id, Instant changedAt) {
    try {
      dynamoDb.updateItem(
          r ->
              r.tableName(table)
                  .key(key(id))
                  .updateExpression(
                      "SET #status = :cancelled, changedAt = :changedAt, expiresAt = :ttl"
                          + " REMOVE queue")
                  .conditionExpression(NEWER_OR_ABSENT)
                  .expressionAttributeNames(Map.of("#status", "status"))
                  .expressionAttributeValues(
                      Map.of(
                          ":cancelled", s(CANCELLED),
                          ":sent", s(SENT),
                          ":changedAt", n(changedAt.toEpochMilli()),
                          ":ttl", n(changedAt.plus(retention).getEpochSecond()))));
    } catch (ConditionalCheckFailedException newerOrSent) {
      // a newer event set it again, or it went already: nothing to cancel
    }
  }

  @Override
  public List<Scheduled> due(Instant now, int limit) {
    return dynamoDb
        .query(
            r ->
                r.tableName(table)
                    .indexName(INDEX)
                    .keyConditionExpression("queue = :due AND dueAt <= :now")
                    .expressionAttributeValues(
                        Map.of(":due", s("due"), ":now", n(now.toEpochMilli())))
                    .limit(limit))
        .items()
        .stream()
        .map(DynamoDbScheduleStore::scheduled)
        .toList();
  }

  @Override
  public Optional<Claimed> claim(String id, Instant now, Instant leaseUntil) {
    String token = UUID.randomUUID().toString();
    try {
      Map<String, AttributeValue> item =
          dynamoDb
              .updateItem(
                  r ->
                      r.tableName(table)
                          .key(key(id))
                          .updateExpression(
                              "SET #status = :claimed, claimToken = :token, leaseUntil = :lease")
                          .conditionExpression(
                              "dueAt <= :now AND (#status = :pending OR (#status = :claimed AND"
                                  + " leaseUntil < :now))")
                          .expressionAttributeNames(Map.of("#status", "status"))
                          .expressionAttributeValues(
                              Map.of(
                                  ":claimed", s(CLAIMED),
                                  ":pending", s(PENDING),
                                  ":token", s(token),
                                  ":lease", n(leaseUntil.toEpochMilli()),
                                  ":now", n(now.toEpochMilli())))
                          .returnValues(ReturnValue.ALL_NEW))
              .attributes();
      return Optional.of(new Claimed(token, scheduled(item)));
    } catch (ConditionalCheckFailedException takenOrChanged) {
      return Optional.empty();
    }
  }

  @Override
  public void done(String id, String token) {
    try {
      dynamoDb.updateItem(
          r ->
              r.tableName(table)
                  .key(key(id))
                  .updateExpression("SET #status = :sent REMOVE queue, claimToken, leaseUntil")
                  .conditionExpression("claimToken = :token AND #status = :claimed")
                  .expressionAttributeNames(Map.of("#status", "status"))
                  .expressionAttributeValues(
                      Map.of(":sent", s(SENT), ":token", s(token), ":claimed", s(CLAIMED))));
    } catch (ConditionalCheckFailedException replaced) {
      // a newer event set it again while it went: the new item stays pending
    }
  }

  private static Scheduled scheduled(Map<String, AttributeValue> item) {
    Map<String, String> data =
        item.containsKey("data")
            ? item.get("data").m().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().s()))
            : Map.of();
    return new Scheduled(
        item.get("id").s(),
        item.get("kind").s(),
        Instant.ofEpochMilli(Long.parseLong(item.get("dueAt").n())),
        Instant.ofEpochMilli(Long.parseLong(item.get("changedAt").n())),
        data);
  }

  private static Map<String, AttributeValue> key(String id) {
    return Map.of("id", s(id));
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
