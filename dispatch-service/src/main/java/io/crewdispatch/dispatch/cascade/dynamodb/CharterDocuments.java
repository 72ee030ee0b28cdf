package io.crewdispatch.dispatch.cascade.dynamodb;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.DispatchEvent;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cascade and the outbox's events are stored as JSON documents inside the charter's item: they
 * are read and written whole, and the attributes that are queried (status, dates, timer) sit beside
 * them. Unknown properties are ignored so an older instance can read what a newer one wrote.
 */
final class CharterDocuments {

  private static final TypeReference<List<DispatchEvent>> EVENTS = new TypeReference<>() {};

  private final JsonMapper json =
      JsonMapper.builder()
          .addMixIn(DispatchEvent.class, EventTypes.class)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  String write(Charter charter) {
    return json.writeValueAsString(charter);
  }

  /** Written for the declared element type, so each event carries its type id. */
  String writeEvents(List<DispatchEvent> events) {
    return json.writerFor(EVENTS).writeValueAsString(events);
  }

  Charter charter(String document) {
    return json.readValue(document, Charter.class);
  }

  List<DispatchEvent> events(String document) {
    return json.readValue(document, EVENTS);
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = DispatchEvent.CaptainCalled.class, name = "CaptainCalled"),
    @JsonSubTypes.Type(value = DispatchEvent.CrewCalled.class, name = "CrewCalled"),
    @JsonSubTypes.Type(value = DispatchEvent.CallWithdrawn.class, name = "CallWithdrawn"),
    @JsonSubTypes.Type(value = DispatchEvent.CaptainConfirmed.class, name = "CaptainConfirmed"),
    @JsonSubTypes.Type(value = DispatchEvent.CharterStaffed.class, name = "CharterStaffed"),
    @JsonSubTypes.Type(value = DispatchEvent.CascadeStalled.class, name = "CascadeStalled"),
    @JsonSubTypes.Type(value = DispatchEvent.CrewConfirmed.class, name = "CrewConfirmed"),
    @JsonSubTypes.Type(value = DispatchEvent.SeatReleased.class, name = "SeatReleased"),
    @JsonSubTypes.Type(value = DispatchEvent.CallExtended.class, name = "CallExtended"),
    @JsonSubTypes.Type(value = DispatchEvent.CascadePaused.class, name = "CascadePaused"),
    @JsonSubTypes.Type(value = DispatchEvent.CascadeResumed.class, name = "CascadeResumed")
  })
  private interface EventTypes {}
}
