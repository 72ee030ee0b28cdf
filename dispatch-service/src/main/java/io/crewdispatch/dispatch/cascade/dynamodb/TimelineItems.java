package io.crewdispatch.dispatch.cascade.dynamodb;

import io.crewdispatch.dispatch.timeline.domain.EntryType;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items of table {@code charter-chats}: charterId, then {@code <time>#<source
 * event>#<type>#<crewId>}, so entries sort by time (to the nanosecond) and the same entry written
 * twice is one item. Entries are only ever added, each on condition it is new.
 */
final class TimelineItems {

  static final String IS_NEW = "attribute_not_exists(timeEventId)";

  private static final DateTimeFormatter SORTABLE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private TimelineItems() {}

  static Map<String, AttributeValue> item(String charterId, TimelineEntry entry) {
    String crewId = entry.crewId() == null ? "-" : entry.crewId();
    String key =
        String.join(
            "#", SORTABLE.format(entry.at()), entry.sourceEventId(), entry.type().name(), crewId);
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("charterId", AttributeValue.fromS(charterId));
    item.put("timeEventId", AttributeValue.fromS(key));
    item.put("at", AttributeValue.fromS(entry.at().toString()));
    item.put("type", AttributeValue.fromS(entry.type().name()));
    item.put("detail", AttributeValue.fromS(entry.detail()));
    item.put("sourceEventId", AttributeValue.fromS(entry.sourceEventId()));
    if (entry.crewId() != null) {
      item.put("crewId", AttributeValue.fromS(entry.crewId()));
    }
    if (entry.causeEventId() != null) {
      item.put("causeEventId", AttributeValue.fromS(entry.causeEventId()));
    }
    return item;
  }

  static TimelineEntry entry(Map<String, AttributeValue> item) {
    return new TimelineEntry(
        Instant.parse(item.get("at").s()),
        EntryType.valueOf(item.get("type").s()),
        optional(item.get("crewId")),
        item.get("detail").s(),
        item.get("sourceEventId").s(),
        optional(item.get("causeEventId")));
  }

  private static String optional(AttributeValue value) {
    return value == null ? null : value.s();
  }
}
