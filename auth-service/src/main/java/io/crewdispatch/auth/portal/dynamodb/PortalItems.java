package io.crewdispatch.auth.portal.dynamodb;

import io.crewdispatch.auth.link.domain.Charter;
import io.crewdispatch.auth.link.domain.Role;
import io.crewdispatch.auth.link.domain.TokenHash;
import io.crewdispatch.auth.portal.domain.DayAnswer;
import io.crewdispatch.auth.portal.domain.Member;
import io.crewdispatch.auth.portal.domain.PortalMember;
import io.crewdispatch.auth.portal.domain.Seat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The portal's items in {@code crew-portal-links}, beside the links' (same key attribute {@code
 * tokenHash}; the prefixes never collide with a hex hash):
 *
 * <ul>
 *   <li>{@code member#<crewId>}: the roster's record, the current link's hash, whether it was
 *       announced, and the sets of callIds and charterIds the read model knows for them;
 *   <li>a portal token's SHA-256 hex: {@code kind=portal}, crewId (and revokedAt once replaced);
 *   <li>{@code email#<SHA-256 of the address>}: crewId, for the request page;
 *   <li>{@code seat#<crewId>|<charterId>}: dispatch's latest decision about that seat, with the
 *       charter.
 * </ul>
 */
final class PortalItems {

  static final String KEY = "tokenHash";

  private PortalItems() {}

  static Map<String, AttributeValue> key(String value) {
    return Map.of(KEY, s(value));
  }

  static String memberKey(String crewId) {
    return "member#" + crewId;
  }

  static String emailKey(String emailHash) {
    return "email#" + emailHash;
  }

  static String seatKey(String crewId, String charterId) {
    return "seat#" + crewId + "|" + charterId;
  }

  /** Null until the roster's record has been stored (a call may come first). */
  static PortalMember toMember(Map<String, AttributeValue> item) {
    if (item == null || !item.containsKey("rosterAt")) {
      return null;
    }
    Map<LocalDate, DayAnswer> days = new TreeMap<>();
    if (item.containsKey("availability")) {
      item.get("availability")
          .m()
          .forEach((day, v) -> days.put(LocalDate.parse(day), DayAnswer.valueOf(v.s())));
    }
    Member member =
        new Member(
            text(item, "crewId"),
            text(item, "name"),
            text(item, "email"),
            text(item, "phone"),
            Role.valueOf(text(item, "rank")),
            text(item, "channel"),
            Boolean.TRUE.equals(item.get("active").bool()),
            days);
    String hash = text(item, "linkHash");
    return new PortalMember(
        member,
        hash == null ? null : new TokenHash(hash),
        item.containsKey("announcedAt"),
        strings(item, "callIds"),
        strings(item, "charterIds"));
  }

  static Map<String, AttributeValue> charter(Charter charter) {
    Map<String, AttributeValue> values = new HashMap<>();
    values.put("vessel", s(charter.vessel()));
    values.put("sailDate", s(charter.sailDate().toString()));
    values.put("departureTime", s(charter.departureTime().toString()));
    values.put("returnTime", s(charter.returnTime().toString()));
    values.put("timeZone", s(charter.timeZone().getId()));
    values.put("guestCount", n(charter.guestCount()));
    return values;
  }

  static Seat toSeat(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> c = item.get("charter").m();
    Charter charter =
        new Charter(
            c.get("vessel").s(),
            LocalDate.parse(c.get("sailDate").s()),
            LocalTime.parse(c.get("departureTime").s()),
            LocalTime.parse(c.get("returnTime").s()),
            ZoneId.of(c.get("timeZone").s()),
            Integer.parseInt(c.get("guestCount").n()));
    return new Seat(
        text(item, "crewId"),
        text(item, "charterId"),
        Role.valueOf(text(item, "role")),
        charter,
        Boolean.TRUE.equals(item.get("confirmed").bool()),
        Instant.ofEpochMilli(Long.parseLong(item.get("at").n())));
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  static AttributeValue ss(Set<String> values) {
    return AttributeValue.fromSs(List.copyOf(values));
  }

  static String text(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }

  private static Set<String> strings(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? Set.of() : Set.copyOf(value.ss());
  }
}
