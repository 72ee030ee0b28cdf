package io.crewdispatch.console.board.dynamodb;

import io.crewdispatch.console.board.domain.CharterHistory;
import io.crewdispatch.console.board.domain.CharterStatus;
import io.crewdispatch.console.board.domain.CharterView;
import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.console.board.domain.OpenCall;
import io.crewdispatch.console.board.domain.Seat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** How a charter's facts and view are laid out as one item of {@code console-board}. */
final class BoardItems {

  static final String PK = "pk";
  static final String SK = "sk";
  static final String FACT_COUNT = "factCount";
  static final String SAIL_MONTH = "sailMonth";
  static final String SAIL_KEY = "sailKey";
  static final String SAILING_INDEX = "sailing-index";
  static final String VIEW = "view";
  static final String VERSION = "version";
  static final String FACTS = "facts";

  private BoardItems() {}

  static String charterKey(String charterId) {
    return "charter#" + charterId;
  }

  /**
   * The charter's one item: its view (the attributes the pages and the sailing index read), every
   * fact of it in the order they happened, and the version its conditional put checks.
   */
  static Map<String, AttributeValue> charterItem(CharterHistory history) {
    Map<String, AttributeValue> item = viewItem(history.view());
    item.put(VERSION, n(history.version()));
    item.put(FACTS, AttributeValue.fromL(history.facts().stream().map(BoardItems::fact).toList()));
    return item;
  }

  static CharterHistory history(String charterId, Map<String, AttributeValue> item) {
    AttributeValue version = item.get(VERSION);
    AttributeValue facts = item.get(FACTS);
    return new CharterHistory(
        charterId,
        version == null ? 0 : Long.parseLong(version.n()),
        facts == null ? List.of() : facts.l().stream().map(f -> fact(charterId, f.m())).toList(),
        view(item));
  }

  private static AttributeValue fact(Fact fact) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("eventId", s(fact.eventId()));
    item.put("occurredAt", n(fact.occurredAt().toEpochMilli()));
    item.put("type", s(fact.type().name()));
    item.put("fields", strings(fact.fields()));
    return AttributeValue.fromM(item);
  }

  private static Fact fact(String charterId, Map<String, AttributeValue> item) {
    return new Fact(
        charterId,
        item.get("eventId").s(),
        Instant.ofEpochMilli(Long.parseLong(item.get("occurredAt").n())),
        FactType.valueOf(item.get("type").s()),
        strings(item.get("fields")));
  }

  private static Map<String, AttributeValue> viewItem(CharterView view) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(PK, s(charterKey(view.charterId())));
    item.put(SK, s(VIEW));
    item.put("charterId", s(view.charterId()));
    item.put(FACT_COUNT, n(view.factCount()));
    if (view.sailDate() != null) {
      // Only a charter whose booking (or a call's summary) is known appears on the board.
      item.put(SAIL_MONTH, s(view.sailDate().toString().substring(0, 7)));
      item.put(SAIL_KEY, s(view.sailDate() + "T" + view.departure() + "#" + view.charterId()));
      item.put("vessel", s(view.vessel()));
      item.put("sailDate", s(view.sailDate().toString()));
      item.put("departure", s(view.departure().toString()));
      if (view.returnTime() != null) {
        item.put("returnTime", s(view.returnTime().toString()));
      }
    }
    item.put("zone", s(view.zone().getId()));
    item.put("crewNeeded", n(view.crewNeeded()));
    item.put("status", s(view.status().name()));
    item.put("paused", AttributeValue.fromBool(view.paused()));
    if (view.captain() != null) {
      item.put("captain", seat(view.captain()));
    }
    item.put("crew", AttributeValue.fromL(view.crew().stream().map(BoardItems::seat).toList()));
    item.put(
        "calls", AttributeValue.fromL(view.openCalls().stream().map(BoardItems::call).toList()));
    if (view.stallReason() != null) {
      item.put("stallReason", s(view.stallReason()));
    }
    return item;
  }

  static CharterView view(Map<String, AttributeValue> item) {
    return new CharterView(
        item.get("charterId").s(),
        text(item, "vessel"),
        parse(item, "sailDate", LocalDate::parse),
        parse(item, "departure", LocalTime::parse),
        parse(item, "returnTime", LocalTime::parse),
        ZoneId.of(item.get("zone").s()),
        Integer.parseInt(item.get("crewNeeded").n()),
        CharterStatus.valueOf(item.get("status").s()),
        item.get("paused").bool(),
        item.containsKey("captain") ? seat(item.get("captain")) : null,
        item.get("crew").l().stream().map(BoardItems::seat).toList(),
        item.get("calls").l().stream().map(BoardItems::call).toList(),
        text(item, "stallReason"),
        Integer.parseInt(item.get(FACT_COUNT).n()));
  }

  private static AttributeValue seat(Seat seat) {
    return AttributeValue.fromM(Map.of("crewId", s(seat.crewId()), "name", s(seat.name())));
  }

  private static Seat seat(AttributeValue value) {
    return new Seat(value.m().get("crewId").s(), value.m().get("name").s());
  }

  private static AttributeValue call(OpenCall call) {
    return AttributeValue.fromM(
        Map.of(
            "callId", s(call.callId()),
            "callee", seat(call.callee()),
            "role", s(call.role().name()),
            "respondBy", n(call.respondBy().toEpochMilli())));
  }

  private static OpenCall call(AttributeValue value) {
    Map<String, AttributeValue> m = value.m();
    return new OpenCall(
        m.get("callId").s(),
        seat(m.get("callee")),
        OpenCall.Role.valueOf(m.get("role").s()),
        Instant.ofEpochMilli(Long.parseLong(m.get("respondBy").n())));
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  static AttributeValue strings(Map<String, String> values) {
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    values.forEach((k, v) -> m.put(k, s(v)));
    return AttributeValue.fromM(m);
  }

  static Map<String, String> strings(AttributeValue value) {
    Map<String, String> out = new LinkedHashMap<>();
    if (value != null && value.hasM()) {
      value.m().forEach((k, v) -> out.put(k, v.s()));
    }
    return out;
  }

  static String text(Map<String, AttributeValue> item, String attribute) {
    AttributeValue value = item.get(attribute);
    return value == null ? null : value.s();
  }

  static <T> T parse(Map<String, AttributeValue> item, String attribute, Function<String, T> f) {
    String text = text(item, attribute);
    return text == null ? null : f.apply(text);
  }

  static Instant instant(Map<String, AttributeValue> item, String attribute) {
    AttributeValue value = item.get(attribute);
    return value == null ? null : Instant.ofEpochMilli(Long.parseLong(value.n()));
  }

  static List<String> keys(Map<String, AttributeValue> item) {
    return List.of(item.get(PK).s(), item.get(SK).s());
  }
}
