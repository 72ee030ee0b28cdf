package io.crewdispatch.roster.member.dynamodb;

import io.crewdispatch.roster.member.application.StoredMember;
import io.crewdispatch.roster.member.domain.Channel;
import io.crewdispatch.roster.member.domain.DayAvailability;
import io.crewdispatch.roster.member.domain.DayChange;
import io.crewdispatch.roster.member.domain.Member;
import io.crewdispatch.roster.member.domain.Pay;
import io.crewdispatch.roster.member.domain.Rank;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A member as a crew-roster item: one item per Crew ID, calendar as maps. */
final class MemberItem {

  /** Prefix of the per-day attributes {@code dayChange#yyyy-MM-dd} (see DayChange). */
  static final String DAY_CHANGE = "dayChange#";

  private MemberItem() {}

  /** The member's attributes, without key or versions. */
  static Map<String, AttributeValue> attributes(Member m) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("name", s(m.name()));
    item.put("rank", s(m.rank().name()));
    item.put("email", s(m.email()));
    item.put("cascadeOrder", n(m.cascadeOrder()));
    item.put("active", AttributeValue.fromBool(m.active()));
    Map<String, AttributeValue> days = new HashMap<>();
    m.availability().forEach((d, a) -> days.put(d.toString(), s(a.name())));
    item.put("availability", AttributeValue.fromM(days));
    Map<String, AttributeValue> pairs = new HashMap<>();
    m.pairedCaptainByMonth().forEach((month, captain) -> pairs.put(month.toString(), s(captain)));
    item.put("pairedCaptainByMonth", AttributeValue.fromM(pairs));
    item.put("channel", s(m.channel().name()));
    Map<String, AttributeValue> pay = new HashMap<>();
    if (m.pay() != null && m.pay().dayRate() != null) {
      pay.put("dayRate", AttributeValue.fromN(m.pay().dayRate().toPlainString()));
    }
    if (m.pay() != null && m.pay().revenueSharePercent() != null) {
      pay.put(
          "revenueSharePercent",
          AttributeValue.fromN(m.pay().revenueSharePercent().toPlainString()));
    }
    item.put("pay", AttributeValue.fromM(pay));
    Map<String, AttributeValue> certificates = new HashMap<>();
    m.certificates().forEach((name, expires) -> certificates.put(name, s(expires.toString())));
    item.put("certificates", AttributeValue.fromM(certificates));
    // The first save stamps it; every later save carries the same value through the record.
    item.put("createdAt", s(m.createdAt().toString()));
    return item;
  }

  static StoredMember read(Map<String, AttributeValue> item) {
    TreeMap<LocalDate, DayAvailability> days = new TreeMap<>();
    item.getOrDefault("availability", AttributeValue.fromM(Map.of()))
        .m()
        .forEach((d, a) -> days.put(LocalDate.parse(d), DayAvailability.valueOf(a.s())));
    TreeMap<YearMonth, String> pairs = new TreeMap<>();
    item.getOrDefault("pairedCaptainByMonth", AttributeValue.fromM(Map.of()))
        .m()
        .forEach((month, captain) -> pairs.put(YearMonth.parse(month), captain.s()));
    AttributeValue phone = item.get("phone");
    Map<String, AttributeValue> pay = item.getOrDefault("pay", AttributeValue.fromM(Map.of())).m();
    TreeMap<String, LocalDate> certificates = new TreeMap<>();
    item.getOrDefault("certificates", AttributeValue.fromM(Map.of()))
        .m()
        .forEach((name, expires) -> certificates.put(name, LocalDate.parse(expires.s())));
    AttributeValue channel = item.get("channel");
    AttributeValue createdAt = item.get("createdAt");
    Member member =
        new Member(
            item.get("crewId").s(),
            item.get("name").s(),
            Rank.valueOf(item.get("rank").s()),
            item.get("email").s(),
            phone == null ? null : phone.s(),
            Integer.parseInt(item.get("cascadeOrder").n()),
            item.get("active").bool(),
            days,
            pairs,
            channel == null ? Channel.EMAIL : Channel.valueOf(channel.s()),
            pay.isEmpty()
                ? null
                : new Pay(decimal(pay.get("dayRate")), decimal(pay.get("revenueSharePercent"))),
            certificates,
            createdAt == null ? null : Instant.parse(createdAt.s()));
    Map<LocalDate, DayChange> dayChanges = new java.util.HashMap<>();
    item.forEach(
        (name, value) -> {
          if (name.startsWith(DAY_CHANGE)) {
            dayChanges.put(
                LocalDate.parse(name.substring(DAY_CHANGE.length())), DayChange.decode(value.s()));
          }
        });
    return new StoredMember(
        member, number(item, "version"), number(item, "publishedVersion"), dayChanges);
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  private static BigDecimal decimal(AttributeValue value) {
    return value == null ? null : new BigDecimal(value.n()).setScale(2);
  }

  private static long number(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? 0 : Long.parseLong(value.n());
  }
}
