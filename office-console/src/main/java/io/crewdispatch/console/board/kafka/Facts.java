package io.crewdispatch.console.board.kafka;

import static io.crewdispatch.console.board.domain.Fields.*;
import static io.crewdispatch.platform.kafka.EventChecks.requireText;

import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.events.Callee;
import io.crewdispatch.events.CharterSummary;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Builds a {@link Fact} from an event's common parts; listeners add what each type says. */
final class Facts {

  private final String charterId;
  private final String eventId;
  private final Instant occurredAt;
  private final FactType type;
  private final Map<String, String> fields = new HashMap<>();

  private Facts(String charterId, String eventId, Instant occurredAt, FactType type) {
    this.charterId = requireText(charterId, "charterId");
    this.eventId = requireText(eventId, "eventId");
    if (occurredAt == null) {
      throw new NonRetryableEventException("Invalid event: occurredAt is missing");
    }
    this.occurredAt = occurredAt;
    this.type = type;
  }

  static Facts of(String charterId, String eventId, Instant occurredAt, FactType type) {
    return new Facts(charterId, eventId, occurredAt, type);
  }

  Facts with(String field, Object value) {
    if (value != null) {
      fields.put(field, value.toString());
    }
    return this;
  }

  Facts at(String field, Instant value) {
    return value == null ? this : with(field, value.toEpochMilli());
  }

  Facts person(Callee callee) {
    if (callee == null) {
      throw new NonRetryableEventException("Invalid event: callee is missing");
    }
    return with(CREW_ID, requireText(callee.getCrewId(), "crewId"))
        .with(NAME, callee.getName())
        .with(ROLE, callee.getRank());
  }

  Facts charter(CharterSummary charter) {
    if (charter == null) {
      return this;
    }
    return with(VESSEL, charter.getVessel())
        .with(SAIL_DATE, charter.getSailDate())
        .with(DEPARTURE, charter.getDepartureTime())
        .with(RETURN, charter.getReturnTime())
        .with(ZONE, charter.getTimeZone());
  }

  Fact fact() {
    return new Fact(charterId, eventId, occurredAt, type, fields);
  }
}
