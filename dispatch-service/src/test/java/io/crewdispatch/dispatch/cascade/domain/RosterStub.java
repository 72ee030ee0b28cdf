package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.DayAvailability;
import io.crewdispatch.dispatch.roster.domain.Rank;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory roster and the holds of one sail date, for decisions under test. */
final class RosterStub implements Crewing.Sources {

  final Map<String, CrewMember> members = new LinkedHashMap<>();
  final Map<String, Hold> holds = new HashMap<>();

  void add(
      String crewId, Rank rank, int order, LocalDate day, DayAvailability answer, String paired) {
    Map<YearMonth, String> pairs = paired == null ? Map.of() : Map.of(YearMonth.from(day), paired);
    members.put(
        crewId,
        new CrewMember(
            crewId,
            "Name " + crewId,
            rank,
            crewId + "@example.com",
            null,
            order,
            true,
            Map.of(day, answer),
            pairs));
  }

  void available(String crewId, Rank rank, int order, LocalDate day) {
    add(crewId, rank, order, day, DayAvailability.AVAILABLE, null);
  }

  @Override
  public List<CrewMember> candidates(Rank rank) {
    return members.values().stream().filter(m -> m.rank() == rank).toList();
  }

  @Override
  public Optional<CrewMember> member(String crewId) {
    return Optional.ofNullable(members.get(crewId));
  }

  @Override
  public Optional<CrewMember> memberNow(String crewId) {
    return member(crewId);
  }

  @Override
  public Map<String, Hold> holds(Collection<String> crewIds) {
    Map<String, Hold> found = new HashMap<>();
    for (String id : crewIds) {
      found.put(id, holds.getOrDefault(id, Hold.none(id, null)));
    }
    return found;
  }

  /** Keeps the holds the decision changes, as the store would; returns the decision. */
  Decision saved(Decision decision) {
    for (HoldWrite write : decision.holds()) {
      Hold after = write.after();
      holds.put(
          after.crewId(),
          new Hold(
              after.crewId(), after.sailDate(), write.before().version() + 1, after.charters()));
    }
    return decision;
  }
}
