package io.crewdispatch.console.board.dynamodb;

import static io.crewdispatch.console.board.dynamodb.BoardItems.PK;
import static io.crewdispatch.console.board.dynamodb.BoardItems.SK;
import static io.crewdispatch.console.board.dynamodb.BoardItems.instant;
import static io.crewdispatch.console.board.dynamodb.BoardItems.n;
import static io.crewdispatch.console.board.dynamodb.BoardItems.s;
import static io.crewdispatch.console.board.dynamodb.BoardItems.strings;
import static io.crewdispatch.console.board.dynamodb.BoardItems.text;

import io.crewdispatch.console.board.domain.CertificateAlert;
import io.crewdispatch.console.board.domain.DeadLetter;
import io.crewdispatch.console.board.domain.IntegrationStatus;
import io.crewdispatch.console.board.domain.Member;
import io.crewdispatch.console.board.domain.OpenCall;
import io.crewdispatch.console.board.domain.PortalAnswer;
import io.crewdispatch.console.board.domain.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items of the roster ({@code pk=roster}), the system ({@code pk=system}) and statements ({@code
 * pk=statements}) partitions: small lists the pages read whole.
 */
final class SideItems {

  static final String ROSTER = "roster";
  static final String SYSTEM = "system";
  static final String STATEMENTS = "statements";
  static final String AS_OF = "asOf";
  static final String EXPIRING = "expiring#";

  private SideItems() {}

  static Map<String, AttributeValue> member(Member member) {
    Map<String, AttributeValue> item = base(ROSTER, "member#" + member.crewId());
    item.put("crewId", s(member.crewId()));
    item.put("name", s(member.name()));
    item.put("rank", s(member.rank().name()));
    item.put("active", AttributeValue.fromBool(member.active()));
    item.put("availability", strings(days(member.availability())));
    item.put("paired", strings(mapKeys(member.pairedCaptainByMonth(), YearMonth::toString)));
    item.put("certificates", strings(mapValues(member.certificates(), LocalDate::toString)));
    item.put(AS_OF, n(member.asOf().toEpochMilli()));
    return item;
  }

  static Member member(Map<String, AttributeValue> item) {
    Map<YearMonth, String> paired = new LinkedHashMap<>();
    strings(item.get("paired")).forEach((k, v) -> paired.put(YearMonth.parse(k), v));
    Map<String, LocalDate> certificates = new LinkedHashMap<>();
    strings(item.get("certificates")).forEach((k, v) -> certificates.put(k, LocalDate.parse(v)));
    return new Member(
        text(item, "crewId"),
        text(item, "name"),
        OpenCall.Role.valueOf(text(item, "rank")),
        item.get("active").bool(),
        parseDays(strings(item.get("availability"))),
        paired,
        certificates,
        instant(item, AS_OF));
  }

  static Map<String, AttributeValue> portalAnswer(PortalAnswer answer) {
    Map<String, AttributeValue> item =
        base(ROSTER, "portal#" + answer.crewId() + "#" + answer.eventId());
    item.put("crewId", s(answer.crewId()));
    item.put("eventId", s(answer.eventId()));
    item.put("days", strings(days(answer.days())));
    item.put("setAt", n(answer.setAt().toEpochMilli()));
    return item;
  }

  static PortalAnswer portalAnswer(Map<String, AttributeValue> item) {
    return new PortalAnswer(
        text(item, "crewId"),
        text(item, "eventId"),
        parseDays(strings(item.get("days"))),
        instant(item, "setAt"));
  }

  /** Keyed by member, certificate and expiry: the same warning again adds nothing. */
  static Map<String, AttributeValue> certificateAlert(CertificateAlert alert) {
    Map<String, AttributeValue> item =
        base(
            ROSTER,
            EXPIRING + alert.crewId() + "#" + alert.certificate() + "#" + alert.expiresOn());
    item.put("eventId", s(alert.eventId()));
    item.put("crewId", s(alert.crewId()));
    item.put("name", s(alert.name()));
    item.put("rank", s(alert.rank().name()));
    item.put("certificate", s(alert.certificate()));
    item.put("expiresOn", s(alert.expiresOn().toString()));
    item.put("raisedAt", n(alert.raisedAt().toEpochMilli()));
    return item;
  }

  static CertificateAlert certificateAlert(Map<String, AttributeValue> item) {
    return new CertificateAlert(
        text(item, "eventId"),
        text(item, "crewId"),
        text(item, "name"),
        OpenCall.Role.valueOf(text(item, "rank")),
        text(item, "certificate"),
        LocalDate.parse(text(item, "expiresOn")),
        instant(item, "raisedAt"));
  }

  static Map<String, AttributeValue> deadLetter(DeadLetter dead) {
    Map<String, AttributeValue> item = base(SYSTEM, "dlt#" + dead.eventId());
    item.put("eventId", s(dead.eventId()));
    item.put("service", s(dead.service()));
    item.put("topic", s(dead.topic()));
    optional(item, "key", dead.key());
    optional(item, "eventType", dead.eventType());
    item.put("reason", s(dead.reason()));
    item.put("deadLetteredAt", n(dead.deadLetteredAt().toEpochMilli()));
    return item;
  }

  static DeadLetter deadLetter(Map<String, AttributeValue> item) {
    return new DeadLetter(
        text(item, "eventId"),
        text(item, "service"),
        text(item, "topic"),
        text(item, "key"),
        text(item, "eventType"),
        text(item, "reason"),
        instant(item, "deadLetteredAt"));
  }

  static Map<String, AttributeValue> integration(IntegrationStatus status) {
    Map<String, AttributeValue> item =
        base(SYSTEM, "integration#" + status.service() + "#" + status.integration());
    item.put("service", s(status.service()));
    item.put("integration", s(status.integration()));
    item.put("state", s(status.state()));
    item.put("detail", s(status.detail()));
    item.put("since", n(status.since().toEpochMilli()));
    optional(item, "whatToDo", status.whatToDo());
    item.put(AS_OF, n(status.asOf().toEpochMilli()));
    return item;
  }

  static IntegrationStatus integration(Map<String, AttributeValue> item) {
    return new IntegrationStatus(
        text(item, "service"),
        text(item, "integration"),
        text(item, "state"),
        text(item, "detail"),
        instant(item, "since"),
        text(item, "whatToDo"),
        instant(item, AS_OF));
  }

  static Map<String, AttributeValue> statement(Statement statement) {
    String person = statement.personId() == null ? "-" : statement.personId();
    Map<String, AttributeValue> item =
        base(STATEMENTS, "statement#" + statement.month() + "#" + statement.kind() + "#" + person);
    item.put("month", s(statement.month()));
    item.put("kind", s(statement.kind()));
    optional(item, "personId", statement.personId());
    item.put("fileName", s(statement.fileName()));
    optional(item, "webViewLink", statement.webViewLink());
    item.put("corrected", AttributeValue.fromBool(statement.corrected()));
    item.put(AS_OF, n(statement.asOf().toEpochMilli()));
    return item;
  }

  static Statement statement(Map<String, AttributeValue> item) {
    return new Statement(
        text(item, "month"),
        text(item, "kind"),
        text(item, "personId"),
        text(item, "fileName"),
        text(item, "webViewLink"),
        item.get("corrected").bool(),
        instant(item, AS_OF));
  }

  private static Map<String, AttributeValue> base(String partition, String sortKey) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(PK, s(partition));
    item.put(SK, s(sortKey));
    return item;
  }

  private static void optional(Map<String, AttributeValue> item, String name, String value) {
    if (value != null) {
      item.put(name, s(value));
    }
  }

  private static Map<String, String> days(Map<LocalDate, Boolean> days) {
    Map<String, String> out = new LinkedHashMap<>();
    days.forEach((day, available) -> out.put(day.toString(), available ? "A" : "U"));
    return out;
  }

  private static Map<LocalDate, Boolean> parseDays(Map<String, String> days) {
    Map<LocalDate, Boolean> out = new LinkedHashMap<>();
    days.forEach((day, value) -> out.put(LocalDate.parse(day), "A".equals(value)));
    return out;
  }

  private static <K> Map<String, String> mapKeys(Map<K, String> map, Function<K, String> key) {
    Map<String, String> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(key.apply(k), v));
    return out;
  }

  private static <V> Map<String, String> mapValues(Map<String, V> map, Function<V, String> value) {
    Map<String, String> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, value.apply(v)));
    return out;
  }
}
