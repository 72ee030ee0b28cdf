package io.crewdispatch.console.board.domain;

import static io.crewdispatch.console.board.domain.Fields.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds a charter's facts, in the order they happened, into its view. The same set of facts gives
 * the same view whatever order they arrived in and however often: that is what makes the read model
 * tolerant of out-of-order and duplicate events, and a rebuild equal to the live model.
 */
public final class CharterFold {

  private final String charterId;
  private String vessel;
  private LocalDate sailDate;
  private LocalTime departure;
  private LocalTime returnTime;
  private ZoneId zone = ZoneId.of("America/Los_Angeles");
  private int crewNeeded;
  private CharterStatus status = CharterStatus.BOOKED;
  private boolean paused;
  private Seat captain;
  private final Map<String, Seat> crew = new LinkedHashMap<>();
  private final Map<String, OpenCall> calls = new LinkedHashMap<>();
  private String stallReason;

  private CharterFold(String charterId) {
    this.charterId = charterId;
  }

  public static CharterView fold(String charterId, Collection<Fact> facts) {
    CharterFold fold = new CharterFold(charterId);
    List<Fact> ordered = new ArrayList<>(facts);
    ordered.sort(Fact.CHRONOLOGICAL);
    ordered.forEach(fold::apply);
    return fold.view(ordered.size());
  }

  private void apply(Fact fact) {
    summary(fact);
    switch (fact.type()) {
      case BOOKED -> crewNeeded = Integer.parseInt(fact.fields().getOrDefault(CREW_REQUIRED, "0"));
      case CANCELLED -> end(CharterStatus.CANCELLED);
      case COMPLETED -> end(CharterStatus.COMPLETED);
      case CAPTAIN_CALLED -> call(fact, OpenCall.Role.CAPTAIN, CharterStatus.CALLING_CAPTAIN);
      case CREW_CALLED -> call(fact, OpenCall.Role.CREW, CharterStatus.CALLING_CREW);
      case CALL_WITHDRAWN, ACCEPTED, DECLINED -> calls.remove(fact.get(CALL_ID));
      case CAPTAIN_CONFIRMED -> {
        captain = seat(fact);
        removeCall(fact);
        moveTo(crewNeeded == 0 ? CharterStatus.STAFFED : CharterStatus.CALLING_CREW);
      }
      case CREW_CONFIRMED -> {
        crew.put(fact.get(CREW_ID), seat(fact));
        removeCall(fact);
        if (captain != null && crewNeeded > 0 && crew.size() >= crewNeeded) {
          moveTo(CharterStatus.STAFFED);
        }
      }
      case SEAT_RELEASED -> release(fact);
      case STAFFED -> {
        captain = seat(fact);
        crew.clear();
        people(fact.get(CREW)).forEach(s -> crew.put(s.crewId(), s));
        calls.clear();
        moveTo(CharterStatus.STAFFED);
      }
      case STALLED -> {
        stallReason = fact.get(REASON);
        moveTo(CharterStatus.STALLED);
      }
      case CALL_EXTENDED -> {
        OpenCall call = calls.get(fact.get(CALL_ID));
        if (call != null) {
          calls.put(
              call.callId(),
              new OpenCall(call.callId(), call.callee(), call.role(), instant(fact, RESPOND_BY)));
        }
      }
      case PAUSED -> paused = true;
      case RESUMED -> paused = false;
      case INVOICED, NOTIFIED, NOTIFICATION_FAILED, DEAD_LETTERED -> {
        // timeline only
      }
    }
  }

  private void call(Fact fact, OpenCall.Role role, CharterStatus calling) {
    calls.put(
        fact.get(CALL_ID),
        new OpenCall(fact.get(CALL_ID), seat(fact), role, instant(fact, RESPOND_BY)));
    moveTo(calling);
  }

  private void release(Fact fact) {
    if (OpenCall.Role.CAPTAIN.name().equals(fact.get(ROLE))) {
      if (captain != null && captain.crewId().equals(fact.get(CREW_ID))) {
        captain = null;
      }
    } else {
      crew.remove(fact.get(CREW_ID));
    }
    if (status == CharterStatus.STAFFED) {
      moveTo(captain == null ? CharterStatus.CALLING_CAPTAIN : CharterStatus.CALLING_CREW);
    }
  }

  private void removeCall(Fact fact) {
    if (fact.has(CALL_ID)) {
      calls.remove(fact.get(CALL_ID));
    }
    calls.values().removeIf(c -> c.callee().crewId().equals(fact.get(CREW_ID)));
  }

  /** A cancelled or completed charter stays so; a later fact can only add to its timeline. */
  private void moveTo(CharterStatus next) {
    if (status != CharterStatus.CANCELLED && status != CharterStatus.COMPLETED) {
      status = next;
      if (next != CharterStatus.STALLED) {
        stallReason = null;
      }
    }
  }

  private void end(CharterStatus last) {
    status = last;
    calls.clear();
  }

  private void summary(Fact fact) {
    if (fact.has(VESSEL) && (vessel == null || fact.type() == FactType.BOOKED)) {
      vessel = fact.get(VESSEL);
      sailDate = LocalDate.parse(fact.get(SAIL_DATE));
      departure = LocalTime.parse(fact.get(DEPARTURE));
      returnTime = fact.has(RETURN) ? LocalTime.parse(fact.get(RETURN)) : null;
      zone = ZoneId.of(fact.get(ZONE));
    }
  }

  private static Seat seat(Fact fact) {
    return new Seat(fact.get(CREW_ID), fact.get(NAME));
  }

  private static Instant instant(Fact fact, String field) {
    return Instant.ofEpochMilli(Long.parseLong(fact.get(field)));
  }

  private CharterView view(int factCount) {
    return new CharterView(
        charterId,
        vessel,
        sailDate,
        departure,
        returnTime,
        zone,
        crewNeeded,
        status,
        paused,
        captain,
        List.copyOf(crew.values()),
        List.copyOf(calls.values()),
        stallReason,
        factCount);
  }
}
