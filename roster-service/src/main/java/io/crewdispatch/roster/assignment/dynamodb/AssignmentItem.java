package io.crewdispatch.roster.assignment.dynamodb;

import io.crewdispatch.roster.assignment.application.StoredAssignment;
import io.crewdispatch.roster.assignment.domain.Assignment;
import io.crewdispatch.roster.assignment.domain.AssignmentStatus;
import io.crewdispatch.roster.assignment.domain.Person;
import io.crewdispatch.roster.assignment.domain.Sailing;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An assignment as a roster-assignments item. */
final class AssignmentItem {

  private AssignmentItem() {}

  static Map<String, AttributeValue> write(
      Assignment a, long version, long writtenVersion, List<String> eventIds) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("charterId", s(a.charterId()));
    if (a.sailing() != null) {
      item.put("sailDate", s(a.sailing().sailDate().toString()));
      item.put("departure", s(a.sailing().departure().toString()));
      item.put("vessel", s(a.sailing().vessel()));
    }
    if (a.captain() != null) {
      item.put("captain", person(a.captain()));
    }
    item.put("crew", AttributeValue.fromL(a.crew().stream().map(AssignmentItem::person).toList()));
    item.put("status", s(a.status().name()));
    if (a.rebookedAt() != null) {
      item.put("rebookedAt", s(a.rebookedAt().toString()));
    }
    item.put("version", n(version));
    item.put("writtenVersion", n(writtenVersion));
    item.put("eventIds", AttributeValue.fromL(eventIds.stream().map(AssignmentItem::s).toList()));
    return item;
  }

  static StoredAssignment read(Map<String, AttributeValue> item) {
    Sailing sailing =
        item.containsKey("sailDate")
            ? new Sailing(
                LocalDate.parse(item.get("sailDate").s()),
                LocalTime.parse(item.get("departure").s()),
                item.get("vessel").s())
            : null;
    Person captain = item.containsKey("captain") ? person(item.get("captain")) : null;
    List<Person> crew = item.get("crew").l().stream().map(AssignmentItem::person).toList();
    Assignment assignment =
        new Assignment(
            item.get("charterId").s(),
            sailing,
            captain,
            crew,
            AssignmentStatus.valueOf(item.get("status").s()),
            item.containsKey("rebookedAt") ? Instant.parse(item.get("rebookedAt").s()) : null);
    return new StoredAssignment(
        assignment,
        Long.parseLong(item.get("version").n()),
        Long.parseLong(item.get("writtenVersion").n()),
        item.get("eventIds").l().stream().map(AttributeValue::s).toList());
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  private static AttributeValue person(Person p) {
    return AttributeValue.fromM(Map.of("crewId", s(p.crewId()), "name", s(p.name())));
  }

  private static Person person(AttributeValue value) {
    return new Person(value.m().get("crewId").s(), value.m().get("name").s());
  }
}
