package io.crewdispatch.auth.link.dynamodb;

import static io.crewdispatch.auth.link.dynamodb.LinkItems.n;
import static io.crewdispatch.auth.link.dynamodb.LinkItems.s;

import io.crewdispatch.auth.config.AuthProperties;
import io.crewdispatch.auth.link.application.LinkStore;
import io.crewdispatch.auth.link.domain.Answer;
import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.LinkRef;
import io.crewdispatch.auth.link.domain.Purpose;
import io.crewdispatch.auth.link.domain.RegisteredCall;
import io.crewdispatch.auth.link.domain.Revocation;
import io.crewdispatch.auth.link.domain.TokenHash;
import io.crewdispatch.platform.dynamodb.TableNames;
import io.crewdispatch.platform.dynamodb.TransactWrites;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * {@link LinkStore} on DynamoDB: every change is a conditional write on a single item, except
 * minting, which writes a call's four items in one transaction (one round trip, all or nothing).
 */
@Repository
class DynamoDbLinkStore implements LinkStore {

  static final String TABLE = "crew-portal-links";
  private static final String NEW = "attribute_not_exists(tokenHash)";
  private static final String CONDITION_FAILED = "ConditionalCheckFailed";

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final Duration retention;
  private final TransactWrites transactWrites;

  DynamoDbLinkStore(DynamoDbClient dynamoDb, TableNames names, AuthProperties properties) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical(TABLE);
    this.retention = properties.link().retention();
    this.transactWrites = new TransactWrites(dynamoDb);
  }

  @Override
  public Minting mint(RegisteredCall call, CallLinks fresh, Instant now) {
    List<TransactWriteItem> writes = mintWrites(call, fresh, now);
    try {
      dynamoDb.transactWriteItems(r -> r.transactItems(writes));
      return Minting.MINTED;
    } catch (TransactionCanceledException cancelled) {
      return whyNotMinted(cancelled, writes.size());
    }
  }

  @Override
  public boolean mintAll(List<Mint> mints, Instant now) {
    if (mints.size() > TOGETHER) {
      throw new IllegalArgumentException(mints.size() + " calls exceed a transaction's limit");
    }
    List<TransactWriteItem> writes = new ArrayList<>();
    mints.forEach(m -> writes.addAll(mintWrites(m.call(), m.fresh(), now)));
    // Refused: which one and why is for each call's own mint to find out.
    return transactWrites.writeAll(writes);
  }

  /** The charter's registration of the call, the two links and the call's state. */
  private List<TransactWriteItem> mintWrites(RegisteredCall call, CallLinks fresh, Instant now) {
    long ttl = ttl(now);
    Update register =
        Update.builder()
            .tableName(table)
            .key(LinkItems.key(LinkItems.charterKey(fresh.charterId())))
            .updateExpression("ADD calls :call SET #kind = :kind, #ttl = :ttl")
            .conditionExpression("attribute_not_exists(cancelledAt) OR cancelledAt < :calledAt")
            .expressionAttributeNames(Map.of("#ttl", "ttl", "#kind", "kind"))
            .expressionAttributeValues(
                Map.of(
                    ":call", AttributeValue.fromSs(List.of(LinkItems.registered(call))),
                    ":kind", s("charter"),
                    ":ttl", n(ttl),
                    ":calledAt", n(call.calledAt().toEpochMilli())))
            .build();
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(TransactWriteItem.builder().update(register).build());
    for (Purpose purpose : Purpose.values()) {
      writes.add(newItem(LinkItems.link(fresh, purpose, ttl(fresh.issuedAt()))));
    }
    writes.add(newItem(LinkItems.call(fresh, ttl(fresh.issuedAt()))));
    return writes;
  }

  /** Reads the cancellation reasons, one per write in order: charter, two links, call. */
  private static Minting whyNotMinted(TransactionCanceledException cancelled, int writes) {
    List<String> codes =
        cancelled.hasCancellationReasons()
            ? cancelled.cancellationReasons().stream().map(CancellationReason::code).toList()
            : List.of();
    if (codes.size() != writes || codes.contains("TransactionConflict")) {
      // A cancellation or another writer touched the charter at this very moment: retry later.
      throw new IllegalStateException("Minting conflicted with another write: " + codes, cancelled);
    }
    if (CONDITION_FAILED.equals(codes.get(0))) {
      return Minting.CHARTER_CANCELLED;
    }
    if (CONDITION_FAILED.equals(codes.get(writes - 1))) {
      return Minting.ALREADY_MINTED;
    }
    // Hashes derive from the callId, so links without their call's state cannot come from us.
    throw new IllegalStateException("Links exist without their call's state: " + codes, cancelled);
  }

  private TransactWriteItem newItem(Map<String, AttributeValue> item) {
    return TransactWriteItem.builder()
        .put(Put.builder().tableName(table).item(item).conditionExpression(NEW).build())
        .build();
  }

  @Override
  public Optional<CallLinks> findCall(String callId) {
    return get(LinkItems.callKey(callId)).map(LinkItems::toCall);
  }

  @Override
  public Optional<LinkRef> findLink(TokenHash hash) {
    return get(hash.hex()).filter(item -> item.containsKey("purpose")).map(LinkItems::toRef);
  }

  @Override
  public boolean recordAnswer(String callId, Answer answer, String eventId, Instant now) {
    return updateIf(
        UpdateItemRequest.builder()
            .key(LinkItems.key(LinkItems.callKey(callId)))
            .updateExpression(
                "SET answer = :answer, answeredAt = :now, answerEventId = :event,"
                    + " outbox = :pending, outboxAt = :now")
            .conditionExpression(
                "attribute_exists(acceptHash) AND attribute_not_exists(answer)"
                    + " AND attribute_not_exists(revokedAt) AND expiresAt > :now")
            .expressionAttributeValues(
                Map.of(
                    ":answer", s(answer.name()),
                    ":now", n(now.toEpochMilli()),
                    ":event", s(eventId),
                    ":pending", s(LinkItems.OUTBOX_PENDING))));
  }

  @Override
  public Optional<CallLinks> recordAnswer(LinkRef link, String eventId, Instant now) {
    String hash = link.purpose() == Purpose.ACCEPT ? "acceptHash" : "declineHash";
    try {
      return Optional.of(
          LinkItems.toCall(
              dynamoDb
                  .updateItem(
                      r ->
                          r.tableName(table)
                              .key(LinkItems.key(LinkItems.callKey(link.callId())))
                              .updateExpression(
                                  "SET answer = :answer, answeredAt = :now, answerEventId = :event,"
                                      + " outbox = :pending, outboxAt = :now")
                              .conditionExpression(
                                  hash
                                      + " = :hash AND attribute_not_exists(answer)"
                                      + " AND attribute_not_exists(revokedAt) AND expiresAt > :now")
                              .expressionAttributeValues(
                                  Map.of(
                                      ":hash", s(link.hash().hex()),
                                      ":answer", s(link.purpose().answer().name()),
                                      ":now", n(now.toEpochMilli()),
                                      ":event", s(eventId),
                                      ":pending", s(LinkItems.OUTBOX_PENDING)))
                              .returnValues(ReturnValue.ALL_NEW))
                  .attributes()));
    } catch (ConditionalCheckFailedException notOpen) {
      return Optional.empty();
    }
  }

  @Override
  public void markAnswerPublished(String callId, String eventId) {
    updateIf(
        UpdateItemRequest.builder()
            .key(LinkItems.key(LinkItems.callKey(callId)))
            .updateExpression("REMOVE outbox, outboxAt")
            .conditionExpression("answerEventId = :event AND attribute_exists(outbox)")
            .expressionAttributeValues(Map.of(":event", s(eventId))));
  }

  @Override
  public List<CallLinks> unpublishedAnswers(Instant answeredBefore, int limit) {
    return dynamoDb
        .query(
            q ->
                q.tableName(table)
                    .indexName(LinkItems.OUTBOX_INDEX)
                    .keyConditionExpression("outbox = :pending AND outboxAt <= :before")
                    .expressionAttributeValues(
                        Map.of(
                            ":pending", s(LinkItems.OUTBOX_PENDING),
                            ":before", n(answeredBefore.toEpochMilli())))
                    .limit(limit))
        .items()
        .stream()
        .map(LinkItems::toCall)
        .toList();
  }

  @Override
  public boolean revokeCall(String charterId, String callId, Revocation reason, Instant now) {
    // An update creates the item when it is missing: a tombstone no late call can revive.
    return updateIf(
        UpdateItemRequest.builder()
            .key(LinkItems.key(LinkItems.callKey(callId)))
            .updateExpression(
                "SET revokedAt = :now, revokedReason = :reason,"
                    + " #kind = if_not_exists(#kind, :kind), callId = if_not_exists(callId, :call),"
                    + " charterId = if_not_exists(charterId, :charter),"
                    + " #ttl = if_not_exists(#ttl, :ttl)")
            .conditionExpression("attribute_not_exists(revokedAt)")
            .expressionAttributeNames(Map.of("#ttl", "ttl", "#kind", "kind"))
            .expressionAttributeValues(
                Map.of(
                    ":now", n(now.toEpochMilli()),
                    ":reason", s(reason.name()),
                    ":kind", s("call"),
                    ":call", s(callId),
                    ":charter", s(charterId),
                    ":ttl", n(ttl(now)))));
  }

  @Override
  public List<RegisteredCall> cancelCharter(String charterId, Instant cancelledAt, Instant now) {
    String key = LinkItems.charterKey(charterId);
    Map<String, AttributeValue> charter;
    try {
      charter =
          update(
              UpdateItemRequest.builder()
                  .key(LinkItems.key(key))
                  .updateExpression("SET cancelledAt = :at, #kind = :kind, #ttl = :ttl")
                  .conditionExpression("attribute_not_exists(cancelledAt) OR cancelledAt < :at")
                  .expressionAttributeNames(Map.of("#ttl", "ttl", "#kind", "kind"))
                  .expressionAttributeValues(
                      Map.of(
                          ":at", n(cancelledAt.toEpochMilli()),
                          ":kind", s("charter"),
                          ":ttl", n(ttl(now))))
                  .returnValues(ReturnValue.ALL_NEW));
    } catch (ConditionalCheckFailedException laterCancellationKnown) {
      charter = get(key).orElse(Map.of());
    }
    AttributeValue calls = charter.get("calls");
    return calls == null ? List.of() : calls.ss().stream().map(LinkItems::toRegistered).toList();
  }

  private Optional<Map<String, AttributeValue>> get(String key) {
    var response =
        dynamoDb.getItem(r -> r.tableName(table).key(LinkItems.key(key)).consistentRead(true));
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(response.item())
        : Optional.empty();
  }

  private Map<String, AttributeValue> update(UpdateItemRequest.Builder request) {
    return dynamoDb.updateItem(request.tableName(table).build()).attributes();
  }

  private boolean updateIf(UpdateItemRequest.Builder request) {
    try {
      dynamoDb.updateItem(request.tableName(table).build());
      return true;
    } catch (ConditionalCheckFailedException lost) {
      return false;
    }
  }

  /** DynamoDB deletes an item (eventually) once this epoch second has passed. */
  private long ttl(Instant from) {
    return from.plus(retention).getEpochSecond();
  }
}
