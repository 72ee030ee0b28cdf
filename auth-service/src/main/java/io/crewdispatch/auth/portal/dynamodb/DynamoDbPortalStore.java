package io.crewdispatch.auth.portal.dynamodb;

import static io.crewdispatch.auth.portal.dynamodb.PortalItems.key;
import static io.crewdispatch.auth.portal.dynamodb.PortalItems.n;
import static io.crewdispatch.auth.portal.dynamodb.PortalItems.s;
import static io.crewdispatch.auth.portal.dynamodb.PortalItems.ss;

import io.crewdispatch.auth.link.domain.TokenHash;
import io.crewdispatch.auth.portal.application.PortalStore;
import io.crewdispatch.auth.portal.domain.Member;
import io.crewdispatch.auth.portal.domain.PortalMember;
import io.crewdispatch.auth.portal.domain.Seat;
import io.crewdispatch.platform.dynamodb.TableNames;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * {@link PortalStore} on DynamoDB, in auth's own table (see {@link PortalItems}). Only GetItem,
 * UpdateItem and TransactWriteItems, like the rest of the service.
 */
@Repository
class DynamoDbPortalStore implements PortalStore {

  /** The links' table; its charter items are where cancellations are recorded. */
  static final String TABLE = "crew-portal-links";

  /** Replaced portal tokens and past seats go after this long. */
  private static final Duration RETENTION = Duration.ofDays(90);

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoDbPortalStore(DynamoDbClient dynamoDb, TableNames names) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical(TABLE);
  }

  @Override
  public Optional<PortalMember> saveMember(Member member, Instant rosterAt) {
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    List<String> sets = new ArrayList<>();
    set(sets, names, values, "kind", s("member"));
    set(sets, names, values, "crewId", s(member.crewId()));
    set(sets, names, values, "name", s(member.name()));
    set(sets, names, values, "email", s(member.email()));
    set(sets, names, values, "rank", s(member.rank().name()));
    set(sets, names, values, "channel", s(member.channel()));
    set(sets, names, values, "active", AttributeValue.fromBool(member.active()));
    Map<String, AttributeValue> days = new HashMap<>();
    member.availability().forEach((day, answer) -> days.put(day.toString(), s(answer.name())));
    set(sets, names, values, "availability", AttributeValue.fromM(days));
    set(sets, names, values, "rosterAt", n(rosterAt.toEpochMilli()));
    String expression = "SET " + String.join(", ", sets);
    if (member.phone() == null) {
      names.put("#phone", "phone");
      expression += " REMOVE #phone";
    } else {
      set(sets, names, values, "phone", s(member.phone()));
      expression = "SET " + String.join(", ", sets);
    }
    String update = expression;
    try {
      Map<String, AttributeValue> stored =
          dynamoDb
              .updateItem(
                  u ->
                      u.tableName(table)
                          .key(key(PortalItems.memberKey(member.crewId())))
                          .updateExpression(update)
                          .conditionExpression(
                              "attribute_not_exists(#rosterAt) OR #rosterAt <= :rosterAt")
                          .expressionAttributeNames(names)
                          .expressionAttributeValues(values)
                          .returnValues(ReturnValue.ALL_NEW))
              .attributes();
      indexEmail(member);
      return Optional.ofNullable(PortalItems.toMember(stored));
    } catch (ConditionalCheckFailedException newer) {
      return Optional.empty();
    }
  }

  private static void set(
      List<String> sets,
      Map<String, String> names,
      Map<String, AttributeValue> values,
      String attribute,
      AttributeValue value) {
    names.put("#" + attribute, attribute);
    values.put(":" + attribute, value);
    sets.add("#" + attribute + " = :" + attribute);
  }

  /** The request page finds a member by address; the key is the address's hash. */
  private void indexEmail(Member member) {
    dynamoDb.updateItem(
        u ->
            u.tableName(table)
                .key(key(PortalItems.emailKey(Member.emailKey(member.email()))))
                .updateExpression("SET #kind = :kind, crewId = :crewId")
                .expressionAttributeNames(Map.of("#kind", "kind"))
                .expressionAttributeValues(
                    Map.of(":kind", s("email"), ":crewId", s(member.crewId()))));
  }

  @Override
  public Optional<PortalMember> findMember(String crewId) {
    return get(PortalItems.memberKey(crewId)).map(PortalItems::toMember);
  }

  @Override
  public Optional<String> crewIdForEmail(String emailKey) {
    return get(PortalItems.emailKey(emailKey)).map(item -> PortalItems.text(item, "crewId"));
  }

  @Override
  public Optional<String> crewIdForLink(TokenHash hash) {
    return get(hash.hex())
        .filter(item -> "portal".equals(PortalItems.text(item, "kind")))
        .map(item -> PortalItems.text(item, "crewId"));
  }

  @Override
  public boolean replaceLink(String crewId, TokenHash expected, TokenHash fresh, Instant now) {
    Map<String, AttributeValue> memberValues = new HashMap<>();
    memberValues.put(":fresh", s(fresh.hex()));
    memberValues.put(":now", n(now.toEpochMilli()));
    if (expected != null) {
      memberValues.put(":expected", s(expected.hex()));
    }
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(
        update(
            Update.builder()
                .tableName(table)
                .key(key(PortalItems.memberKey(crewId)))
                .updateExpression("SET linkHash = :fresh, linkIssuedAt = :now REMOVE announcedAt")
                .conditionExpression(
                    expected == null
                        ? "attribute_exists(rosterAt) AND attribute_not_exists(linkHash)"
                        : "linkHash = :expected")
                .expressionAttributeValues(memberValues)
                .build()));
    writes.add(
        update(
            Update.builder()
                .tableName(table)
                .key(key(fresh.hex()))
                .updateExpression("SET #kind = :kind, crewId = :crewId, issuedAt = :now")
                .conditionExpression("attribute_not_exists(tokenHash)")
                .expressionAttributeNames(Map.of("#kind", "kind"))
                .expressionAttributeValues(
                    Map.of(
                        ":kind", s("portal"),
                        ":crewId", s(crewId),
                        ":now", n(now.toEpochMilli())))
                .build()));
    if (expected != null) {
      writes.add(retire(expected, now));
    }
    return transact(writes);
  }

  @Override
  public void markAnnounced(String crewId, TokenHash hash, Instant now) {
    try {
      dynamoDb.updateItem(
          u ->
              u.tableName(table)
                  .key(key(PortalItems.memberKey(crewId)))
                  .updateExpression("SET announcedAt = :now")
                  .conditionExpression("linkHash = :hash")
                  .expressionAttributeValues(
                      Map.of(":now", n(now.toEpochMilli()), ":hash", s(hash.hex()))));
    } catch (ConditionalCheckFailedException replaced) {
      // A newer link took its place meanwhile; that one is announced by whoever made it.
    }
  }

  @Override
  public boolean revokeLink(String crewId, TokenHash current, Instant now) {
    Update member =
        Update.builder()
            .tableName(table)
            .key(key(PortalItems.memberKey(crewId)))
            .updateExpression("SET linkRevokedAt = :now REMOVE linkHash, announcedAt")
            .conditionExpression("linkHash = :current")
            .expressionAttributeValues(
                Map.of(":now", n(now.toEpochMilli()), ":current", s(current.hex())))
            .build();
    return transact(List.of(update(member), retire(current, now)));
  }

  private TransactWriteItem retire(TokenHash old, Instant now) {
    return update(
        Update.builder()
            .tableName(table)
            .key(key(old.hex()))
            .updateExpression("SET revokedAt = :now, #ttl = :ttl")
            .expressionAttributeNames(Map.of("#ttl", "ttl"))
            .expressionAttributeValues(
                Map.of(
                    ":now", n(now.toEpochMilli()),
                    ":ttl", n(now.plus(RETENTION).getEpochSecond())))
            .build());
  }

  private static TransactWriteItem update(Update update) {
    return TransactWriteItem.builder().update(update).build();
  }

  /** False when the member's condition failed (someone else changed the link first). */
  private boolean transact(List<TransactWriteItem> writes) {
    try {
      dynamoDb.transactWriteItems(r -> r.transactItems(writes));
      return true;
    } catch (TransactionCanceledException cancelled) {
      List<String> codes =
          cancelled.hasCancellationReasons()
              ? cancelled.cancellationReasons().stream().map(CancellationReason::code).toList()
              : List.of();
      if (!codes.isEmpty() && "ConditionalCheckFailed".equals(codes.get(0))) {
        return false;
      }
      throw new IllegalStateException("Portal link write conflicted: " + codes, cancelled);
    }
  }

  @Override
  public void addCalls(String crewId, Set<String> callIds) {
    addToMember(crewId, "callIds", callIds);
  }

  @Override
  public void recordSeat(Seat seat) {
    addToMember(seat.crewId(), "charterIds", Set.of(seat.charterId()));
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":kind", s("seat"));
    values.put(":crewId", s(seat.crewId()));
    values.put(":charterId", s(seat.charterId()));
    values.put(":role", s(seat.role().name()));
    values.put(":charter", AttributeValue.fromM(PortalItems.charter(seat.charter())));
    values.put(":confirmed", AttributeValue.fromBool(seat.confirmed()));
    values.put(":at", n(seat.at().toEpochMilli()));
    values.put(":ttl", n(seat.charter().departure().plus(RETENTION).getEpochSecond()));
    try {
      dynamoDb.updateItem(
          u ->
              u.tableName(table)
                  .key(key(PortalItems.seatKey(seat.crewId(), seat.charterId())))
                  .updateExpression(
                      "SET #kind = :kind, crewId = :crewId, charterId = :charterId, #role = :role,"
                          + " charter = :charter, confirmed = :confirmed, #at = :at, #ttl = :ttl")
                  .conditionExpression("attribute_not_exists(#at) OR #at < :at")
                  .expressionAttributeNames(
                      Map.of("#kind", "kind", "#role", "role", "#at", "at", "#ttl", "ttl"))
                  .expressionAttributeValues(values));
    } catch (ConditionalCheckFailedException newerKnown) {
      // A later decision (or this one, redelivered) is already stored: it stays.
    }
  }

  private void addToMember(String crewId, String attribute, Set<String> values) {
    dynamoDb.updateItem(
        u ->
            u.tableName(table)
                .key(key(PortalItems.memberKey(crewId)))
                .updateExpression("ADD #set :value")
                .expressionAttributeNames(Map.of("#set", attribute))
                .expressionAttributeValues(Map.of(":value", ss(values))));
  }

  @Override
  public List<Seat> seats(String crewId, Set<String> charterIds) {
    return charterIds.stream()
        .map(charterId -> get(PortalItems.seatKey(crewId, charterId)))
        .flatMap(Optional::stream)
        .map(PortalItems::toSeat)
        .toList();
  }

  @Override
  public Optional<Instant> cancelledAt(String charterId) {
    return get("charter#" + charterId)
        .filter(item -> item.containsKey("cancelledAt"))
        .map(item -> Instant.ofEpochMilli(Long.parseLong(item.get("cancelledAt").n())));
  }

  private Optional<Map<String, AttributeValue>> get(String key) {
    Map<String, AttributeValue> item =
        dynamoDb.getItem(g -> g.tableName(table).key(key(key)).consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
  }
}
