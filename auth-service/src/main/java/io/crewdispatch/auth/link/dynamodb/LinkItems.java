package io.crewdispatch.auth.link.dynamodb;

import io.crewdispatch.auth.link.domain.Answer;
import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.Charter;
import io.crewdispatch.auth.link.domain.LinkRef;
import io.crewdispatch.auth.link.domain.Purpose;
import io.crewdispatch.auth.link.domain.RegisteredCall;
import io.crewdispatch.auth.link.domain.Revocation;
import io.crewdispatch.auth.link.domain.Role;
import io.crewdispatch.auth.link.domain.TokenHash;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The three kinds of item in {@code crew-portal-links}, all under the one key {@code tokenHash}: a
 * link (the SHA-256 of a token, pointing to its call), a call ({@code call#<callId>}: the pair's
 * one shared state) and a charter ({@code charter#<charterId>}: its calls with when each was made,
 * and when it was last cancelled). Hex hashes can never collide with the prefixed keys.
 */
final class LinkItems {

  static final String KEY = "tokenHash";
  static final String OUTBOX_INDEX = "outbox-index";
  static final String OUTBOX_PENDING = "answer";

  private LinkItems() {}

  static Map<String, AttributeValue> key(String value) {
    return Map.of(KEY, s(value));
  }

  static String callKey(String callId) {
    return "call#" + callId;
  }

  static String charterKey(String charterId) {
    return "charter#" + charterId;
  }

  /** A charter's call as one string-set member: {@code <calledAt millis>|<callId>}. */
  static String registered(RegisteredCall call) {
    return call.calledAt().toEpochMilli() + "|" + call.callId();
  }

  static RegisteredCall toRegistered(String member) {
    int bar = member.indexOf('|');
    return new RegisteredCall(
        member.substring(bar + 1), Instant.ofEpochMilli(Long.parseLong(member.substring(0, bar))));
  }

  static Map<String, AttributeValue> link(CallLinks call, Purpose purpose, long ttl) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(KEY, s(call.hashFor(purpose).hex()));
    item.put("kind", s("link"));
    item.put("purpose", s(purpose.name()));
    item.put("callId", s(call.callId()));
    item.put("charterId", s(call.charterId()));
    item.put("crewId", s(call.crewId()));
    item.put("role", s(call.role().name()));
    item.put("expiresAt", n(call.expiresAt().toEpochMilli()));
    item.put("ttl", n(ttl));
    return item;
  }

  static Map<String, AttributeValue> call(CallLinks call, long ttl) {
    Charter charter = call.charter();
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(KEY, s(callKey(call.callId())));
    item.put("kind", s("call"));
    item.put("callId", s(call.callId()));
    item.put("charterId", s(call.charterId()));
    item.put("crewId", s(call.crewId()));
    item.put("role", s(call.role().name()));
    item.put("vessel", s(charter.vessel()));
    item.put("sailDate", s(charter.sailDate().toString()));
    item.put("departureTime", s(charter.departureTime().toString()));
    item.put("returnTime", s(charter.returnTime().toString()));
    item.put("timeZone", s(charter.timeZone().getId()));
    item.put("guestCount", n(charter.guestCount()));
    item.put("respondBy", n(call.respondBy().toEpochMilli()));
    item.put("expiresAt", n(call.expiresAt().toEpochMilli()));
    item.put("issuedAt", n(call.issuedAt().toEpochMilli()));
    item.put("keyId", s(call.keyId()));
    item.put("acceptHash", s(call.acceptHash().hex()));
    item.put("declineHash", s(call.declineHash().hex()));
    item.put("ttl", n(ttl));
    return item;
  }

  static LinkRef toRef(Map<String, AttributeValue> item) {
    return new LinkRef(
        new TokenHash(item.get(KEY).s()),
        item.get("callId").s(),
        Purpose.valueOf(item.get("purpose").s()));
  }

  static CallLinks toCall(Map<String, AttributeValue> item) {
    return new CallLinks(
        text(item, "callId"),
        text(item, "charterId"),
        text(item, "crewId"),
        parse(item, "role", Role::valueOf),
        item.containsKey("vessel") ? charter(item) : null,
        instant(item, "respondBy"),
        instant(item, "expiresAt"),
        instant(item, "issuedAt"),
        text(item, "keyId"),
        parse(item, "acceptHash", TokenHash::new),
        parse(item, "declineHash", TokenHash::new),
        parse(item, "answer", Answer::valueOf),
        instant(item, "answeredAt"),
        text(item, "answerEventId"),
        item.containsKey("answer") && !item.containsKey("outbox"),
        instant(item, "revokedAt"),
        parse(item, "revokedReason", Revocation::valueOf));
  }

  private static Charter charter(Map<String, AttributeValue> item) {
    return new Charter(
        text(item, "vessel"),
        LocalDate.parse(text(item, "sailDate")),
        LocalTime.parse(text(item, "departureTime")),
        LocalTime.parse(text(item, "returnTime")),
        ZoneId.of(text(item, "timeZone")),
        Integer.parseInt(item.get("guestCount").n()));
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  private static String text(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }

  private static Instant instant(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : Instant.ofEpochMilli(Long.parseLong(value.n()));
  }

  private static <T> T parse(Map<String, AttributeValue> item, String name, Function<String, T> f) {
    String value = text(item, name);
    return value == null ? null : f.apply(value);
  }
}
