package io.crewdispatch.auth.link.dynamodb;

import static io.crewdispatch.auth.link.dynamodb.LinkItems.n;
import static io.crewdispatch.auth.link.dynamodb.LinkItems.s;

import io.crewdispatch.auth.config.AuthProperties;
import io.crewdispatch.auth.link.application.CallOutcomes;
import io.crewdispatch.auth.link.domain.CallOutcome;
import io.crewdispatch.auth.link.domain.NotConfirmed;
import io.crewdispatch.platform.dynamodb.TableNames;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@link CallOutcomes} as two more kinds of item in {@code crew-portal-links}: {@code
 * outcome#call#<callId>} and {@code outcome#seat#<charterId>|<crewId>}. A put conditioned on the
 * stored decision being older keeps the latest, whatever order events arrive in.
 */
@Repository
class DynamoDbCallOutcomes implements CallOutcomes {

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final Duration retention;

  DynamoDbCallOutcomes(DynamoDbClient dynamoDb, TableNames names, AuthProperties properties) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical(DynamoDbLinkStore.TABLE);
    this.retention = properties.link().retention();
  }

  @Override
  public void recordForCall(String callId, CallOutcome outcome) {
    put("outcome#call#" + callId, outcome);
  }

  @Override
  public void recordForSeat(String charterId, String crewId, CallOutcome outcome) {
    put(seatKey(charterId, crewId), outcome);
  }

  @Override
  public Optional<CallOutcome> forCall(String callId) {
    return get("outcome#call#" + callId);
  }

  @Override
  public Optional<CallOutcome> forSeat(String charterId, String crewId) {
    return get(seatKey(charterId, crewId));
  }

  private static String seatKey(String charterId, String crewId) {
    return "outcome#seat#" + charterId + "|" + crewId;
  }

  private void put(String key, CallOutcome outcome) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(LinkItems.KEY, s(key));
    item.put("kind", s("outcome"));
    item.put("confirmed", AttributeValue.fromBool(outcome.confirmed()));
    if (outcome.reason() != null) {
      item.put("reason", s(outcome.reason().name()));
    }
    item.put("at", n(outcome.at().toEpochMilli()));
    item.put("ttl", n(outcome.at().plus(retention).getEpochSecond()));
    try {
      dynamoDb.putItem(
          p ->
              p.tableName(table)
                  .item(item)
                  .conditionExpression("attribute_not_exists(#at) OR #at < :at")
                  .expressionAttributeNames(Map.of("#at", "at"))
                  .expressionAttributeValues(Map.of(":at", n(outcome.at().toEpochMilli()))));
    } catch (ConditionalCheckFailedException newerKnown) {
      // A later decision (or this one, redelivered) is already stored: it stays.
    }
  }

  private Optional<CallOutcome> get(String key) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(g -> g.tableName(table).key(LinkItems.key(key)).consistentRead(true))
            .item();
    if (item == null || !item.containsKey("at")) {
      return Optional.empty();
    }
    Instant at = Instant.ofEpochMilli(Long.parseLong(item.get("at").n()));
    AttributeValue reason = item.get("reason");
    return Optional.of(
        Boolean.TRUE.equals(item.get("confirmed").bool())
            ? CallOutcome.confirmed(at)
            : CallOutcome.notConfirmed(NotConfirmed.valueOf(reason.s()), at));
  }
}
