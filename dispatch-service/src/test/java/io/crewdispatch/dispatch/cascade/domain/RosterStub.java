package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.DayAvailability;
import io.crewdispatch.dispatch.roster.domain.Rank;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory roster and day of charters for decisions under test. */
final class RosterStub implements Crewing.Sources {

  final Map<String, CrewMember> members = new LinkedHashMap<>();
  final List<Charter> sameDay = new ArrayList<>();

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
  public List<Charter> sameDay() {
    return sameDay;
  }
}
