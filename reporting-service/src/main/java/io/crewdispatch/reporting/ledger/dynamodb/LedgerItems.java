package io.crewdispatch.reporting.ledger.dynamodb;

import io.crewdispatch.reporting.ledger.domain.Booking;
import io.crewdispatch.reporting.ledger.domain.Invoice;
import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.Person;
import io.crewdispatch.reporting.ledger.domain.Settlement;
import io.crewdispatch.reporting.ledger.domain.Staffing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps a ledger entry to a {@code charter-ledger} item and back. The month index keys ({@code
 * charter_month}, {@code sail_key}) are written only once the charter is booked, so the index lists
 * exactly the charters a statement shows, already in sail order.
 */
final class LedgerItems {

  static final String CHARTER_ID = "charterId";
  static final String VERSION = "version";
  static final String MONTH = "charter_month";
  static final String SAIL_KEY = "sail_key";
  static final String MONTH_INDEX = "charter-month-index";

  private LedgerItems() {}

  static Map<String, AttributeValue> toItem(LedgerEntry entry) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(CHARTER_ID, s(entry.charterId()));
    item.put(VERSION, n(String.valueOf(entry.version())));
    item.put("eventIds", AttributeValue.fromSs(List.copyOf(entry.appliedEventIds())));
    item.put("staffed", AttributeValue.fromBool(entry.staffing().staffed()));
    item.put("cancelled", AttributeValue.fromBool(entry.cancelled()));
    item.put("completed", AttributeValue.fromBool(entry.completed()));
    Booking booking = entry.booking();
    if (booking != null) {
      item.put(MONTH, s(booking.month().toString()));
      item.put(SAIL_KEY, s(sailKey(entry.charterId(), booking)));
      item.put("vessel", s(booking.vessel()));
      item.put("sailDate", s(booking.sailDate().toString()));
      item.put("departureTime", s(booking.departureTime().toString()));
      item.put("returnTime", s(booking.returnTime().toString()));
      item.put("timeZone", s(booking.timeZone()));
      item.put("guestCount", n(String.valueOf(booking.guestCount())));
      item.put("crewRequired", n(String.valueOf(booking.crewRequired())));
      item.put("totalRevenue", n(booking.totalRevenue().toPlainString()));
    }
    if (entry.captain() != null) {
      item.put("captain", AttributeValue.fromM(person(entry.captain())));
    }
    item.put(
        "crew",
        AttributeValue.fromL(
            entry.crew().stream().map(p -> AttributeValue.fromM(person(p))).toList()));
    if (entry.invoice() != null) {
      item.put("invoiceId", s(entry.invoice().invoiceId()));
      item.put("invoicedAmount", n(entry.invoice().amount().toPlainString()));
    }
    return item;
  }

  static LedgerEntry fromItem(Map<String, AttributeValue> item) {
    Booking booking = null;
    if (item.containsKey("sailDate")) {
      booking =
          new Booking(
              item.get("vessel").s(),
              LocalDate.parse(item.get("sailDate").s()),
              LocalTime.parse(item.get("departureTime").s()),
              LocalTime.parse(item.get("returnTime").s()),
              item.get("timeZone").s(),
              Integer.parseInt(item.get("guestCount").n()),
              Integer.parseInt(item.get("crewRequired").n()),
              new BigDecimal(item.get("totalRevenue").n()));
    }
    Invoice invoice =
        item.containsKey("invoiceId")
            ? new Invoice(item.get("invoiceId").s(), new BigDecimal(item.get("invoicedAmount").n()))
            : null;
    Staffing staffing =
        new Staffing(
            item.containsKey("captain") ? person(item.get("captain").m()) : null,
            item.containsKey("crew")
                ? item.get("crew").l().stream().map(v -> person(v.m())).toList()
                : List.of(),
            bool(item, "staffed"));
    return new LedgerEntry(
        item.get(CHARTER_ID).s(),
        Long.parseLong(item.get(VERSION).n()),
        new HashSet<>(item.get("eventIds").ss()),
        booking,
        staffing,
        new Settlement(bool(item, "cancelled"), bool(item, "completed"), invoice));
  }

  /** Sorts a month's charters by sail date, then departure, then id. */
  static String sailKey(String charterId, Booking booking) {
    return booking.sailDate()
        + "T"
        + booking.departureTime().format(DateTimeFormatter.ofPattern("HH:mm"))
        + "#"
        + charterId;
  }

  private static Map<String, AttributeValue> person(Person person) {
    Map<String, AttributeValue> map = new HashMap<>();
    map.put("crewId", s(person.crewId()));
    map.put("name", s(person.name()));
    if (person.email() != null) {
      map.put("email", s(person.email()));
    }
    return map;
  }

  private static Person person(Map<String, AttributeValue> map) {
    AttributeValue email = map.get("email");
    return new Person(map.get("crewId").s(), map.get("name").s(), email == null ? null : email.s());
  }

  private static boolean bool(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value != null && Boolean.TRUE.equals(value.bool());
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(String value) {
    return AttributeValue.fromN(value);
  }
}
