package io.crewdispatch.notification.delivery.dynamodb;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.DeliveryLog;
import io.crewdispatch.notification.delivery.application.DeliveryStatus;
import io.crewdispatch.platform.dynamodb.TableNames;
import io.crewdispatch.platform.dynamodb.TransactWrites;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * notification-log in DynamoDB: one item per delivery id, every change a conditional update. A
 * claim succeeds for a new id, for one that failed or is held, or for one whose sender's lease ran
 * out; never for one already sent.
 */
@Component
class DynamoDbDeliveryLog implements DeliveryLog {

  static final String TABLE = "notification-log";

  private static final Logger log = LoggerFactory.getLogger(DynamoDbDeliveryLog.class);

  private static final String CLAIM =
      "SET #status = :sending, claimToken = :token, leaseUntil = :lease,"
          + " sourceEventId = :source, kind = :kind, #key = :key, recipients = :recipients,"
          + " updatedAt = :now, expiresAt = :ttl, createdAt = if_not_exists(createdAt, :now),"
          + " attempts = if_not_exists(attempts, :zero) + :one";
  private static final String SENT =
      "SET #status = :sent, messageId = :messageId, sentAt = :now, updatedAt = :now"
          + " REMOVE leaseUntil, #error";
  private static final String CLAIMABLE =
      "attribute_not_exists(eventId) OR #status IN (:failed, :held, :retrying)"
          + " OR (#status = :sending AND leaseUntil < :nowMillis)";

  private final DynamoDbClient dynamoDb;
  private final TransactWrites transactions;
  private final String table;
  private final Duration retention;

  DynamoDbDeliveryLog(
      DynamoDbClient dynamoDb, TableNames names, NotificationProperties properties) {
    this.dynamoDb = dynamoDb;
    this.transactions = new TransactWrites(dynamoDb);
    this.table = names.physical(TABLE);
    this.retention = properties.logRetention();
  }

  @Override
  public Claim claim(Attempt attempt, Instant now, Instant leaseUntil) {
    String token = UUID.randomUUID().toString();
    Map<String, AttributeValue> values = claimValues(attempt, token, now, leaseUntil);
    values.put(":failed", s(DeliveryStatus.FAILED.name()));
    values.put(":held", s(DeliveryStatus.HELD.name()));
    values.put(":retrying", s(DeliveryStatus.RETRYING.name()));
    values.put(":nowMillis", n(now.toEpochMilli()));
    try {
      Map<String, AttributeValue> old =
          dynamoDb
              .updateItem(
                  update(attempt.deliveryId())
                      .updateExpression(CLAIM)
                      .conditionExpression(CLAIMABLE)
                      .expressionAttributeNames(Map.of("#status", "status", "#key", "key"))
                      .expressionAttributeValues(values)
                      .returnValues(ReturnValue.ALL_OLD)
                      .build())
              .attributes();
      AttributeValue previous = old == null ? null : old.get("status");
      return new Granted(token, previous == null ? null : DeliveryStatus.valueOf(previous.s()));
    } catch (ConditionalCheckFailedException taken) {
      return current(attempt.deliveryId());
    }
  }

  /**
   * One transaction of the claims, each on the item not existing yet (so none has a previous status
   * to report); at most {@link TransactWrites#LIMIT} attempts, of distinct ids.
   */
  @Override
  public Optional<List<String>> claimAllNew(
      List<Attempt> attempts, Instant now, Instant leaseUntil) {
    List<String> tokens = new ArrayList<>();
    List<TransactWriteItem> claims = new ArrayList<>();
    for (Attempt attempt : attempts) {
      String token = UUID.randomUUID().toString();
      tokens.add(token);
      claims.add(
          write(
              attempt.deliveryId(),
              CLAIM,
              "attribute_not_exists(eventId)",
              claimValues(attempt, token, now, leaseUntil)));
    }
    return transactions.writeAll(claims) ? Optional.of(tokens) : Optional.empty();
  }

  private Map<String, AttributeValue> claimValues(
      Attempt attempt, String token, Instant now, Instant leaseUntil) {
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":sending", s(DeliveryStatus.SENDING.name()));
    values.put(":token", s(token));
    values.put(":lease", n(leaseUntil.toEpochMilli()));
    values.put(":source", s(attempt.sourceEventId()));
    values.put(":kind", s(attempt.kind()));
    values.put(":key", s(attempt.key()));
    values.put(
        ":recipients",
        AttributeValue.fromL(attempt.recipients().stream().map(DynamoDbDeliveryLog::s).toList()));
    values.put(":now", s(now.toString()));
    values.put(":ttl", n(now.plus(retention).getEpochSecond()));
    values.put(":zero", n(0));
    values.put(":one", n(1));
    return values;
  }

  @Override
  public void sent(String deliveryId, String claimToken, String messageId, Instant sentAt) {
    conditionalOnClaim(deliveryId, claimToken, SENT, sentValues(messageId, sentAt));
  }

  @Override
  public boolean sentAll(List<Sent> sent) {
    return transactions.writeAll(
        sent.stream()
            .map(
                one -> {
                  Map<String, AttributeValue> values =
                      new HashMap<>(sentValues(one.messageId(), one.sentAt()));
                  values.put(":token", s(one.claimToken()));
                  return write(one.deliveryId(), SENT, "claimToken = :token", values);
                })
            .toList());
  }

  private static Map<String, AttributeValue> sentValues(String messageId, Instant sentAt) {
    return Map.of(
        ":sent", s(DeliveryStatus.SENT.name()),
        ":messageId", s(messageId == null ? "" : messageId),
        ":now", s(sentAt.toString()));
  }

  private TransactWriteItem write(
      String deliveryId, String expression, String condition, Map<String, AttributeValue> values) {
    return TransactWriteItem.builder()
        .update(
            Update.builder()
                .tableName(table)
                .key(key(deliveryId))
                .updateExpression(expression)
                .conditionExpression(condition)
                .expressionAttributeNames(names(expression + condition))
                .expressionAttributeValues(values)
                .build())
        .build();
  }

  @Override
  public void extend(String deliveryId, String claimToken, Instant leaseUntil) {
    conditionalOnClaim(
        deliveryId,
        claimToken,
        "SET leaseUntil = :lease",
        Map.of(
            ":lease", n(leaseUntil.toEpochMilli()), ":sending", s(DeliveryStatus.SENDING.name())),
        "claimToken = :token AND #status = :sending");
  }

  @Override
  public void notSent(
      String deliveryId, String claimToken, DeliveryStatus status, String error, Instant now) {
    conditionalOnClaim(
        deliveryId,
        claimToken,
        "SET #status = :status, #error = :error, updatedAt = :now REMOVE leaseUntil",
        Map.of(
            ":status", s(status.name()),
            ":error", s(error == null ? "" : error),
            ":now", s(now.toString())));
  }

  private void conditionalOnClaim(
      String deliveryId, String claimToken, String expression, Map<String, AttributeValue> values) {
    conditionalOnClaim(deliveryId, claimToken, expression, values, "claimToken = :token");
  }

  private void conditionalOnClaim(
      String deliveryId,
      String claimToken,
      String expression,
      Map<String, AttributeValue> values,
      String condition) {
    Map<String, AttributeValue> all = new HashMap<>(values);
    all.put(":token", s(claimToken));
    try {
      dynamoDb.updateItem(
          update(deliveryId)
              .updateExpression(expression)
              .conditionExpression(condition)
              .expressionAttributeNames(names(expression + condition))
              .expressionAttributeValues(all)
              .build());
    } catch (ConditionalCheckFailedException lostClaim) {
      // Our lease ran out and another sender took over; its record is the one that counts.
      log.warn("event=notification_claim_lost deliveryId={}", deliveryId);
    }
  }

  /** DynamoDB refuses names an expression does not use. */
  private static Map<String, String> names(String expressions) {
    Map<String, String> names = new HashMap<>();
    if (expressions.contains("#status")) {
      names.put("#status", "status");
    }
    if (expressions.contains("#error")) {
      names.put("#error", "error");
    }
    if (expressions.contains("#key")) {
      names.put("#key", "key");
    }
    return names;
  }

  private Claim current(String deliveryId) {
    Map<String, AttributeValue> item =
        dynamoDb.getItem(r -> r.tableName(table).key(key(deliveryId)).consistentRead(true)).item();
    if (item == null || item.isEmpty()) {
      // Deleted between our write and read (TTL): the next delivery will claim it.
      return new Busy(Instant.EPOCH);
    }
    if (DeliveryStatus.SENT.name().equals(item.get("status").s())) {
      AttributeValue messageId = item.get("messageId");
      // Items recorded before sentAt existed were last updated by the record itself.
      AttributeValue sentAt = item.getOrDefault("sentAt", item.get("updatedAt"));
      return new AlreadySent(messageId == null ? null : messageId.s(), Instant.parse(sentAt.s()));
    }
    AttributeValue lease = item.get("leaseUntil");
    return new Busy(
        lease == null ? Instant.EPOCH : Instant.ofEpochMilli(Long.parseLong(lease.n())));
  }

  private UpdateItemRequest.Builder update(String deliveryId) {
    return UpdateItemRequest.builder().tableName(table).key(key(deliveryId));
  }

  private static Map<String, AttributeValue> key(String deliveryId) {
    return Map.of("eventId", s(deliveryId));
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
