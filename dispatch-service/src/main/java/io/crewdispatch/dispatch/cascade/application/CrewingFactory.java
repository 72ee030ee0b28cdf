package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.CharterDetails;
import io.crewdispatch.dispatch.cascade.domain.Crewing;
import io.crewdispatch.dispatch.roster.application.RosterView;
import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.Rank;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Gives each decision a {@link Crewing} that reads the roster and the day's other charters only if
 * the decision asks, and at most once.
 */
@Component
public class CrewingFactory {

  private final RosterView roster;
  private final CharterIndexes charters;

  CrewingFactory(RosterView roster, CharterIndexes charters) {
    this.roster = roster;
    this.charters = charters;
  }

  public Crewing forCharter(Charter charter) {
    return of(charter.charterId(), charter.details());
  }

  public Crewing of(String charterId, CharterDetails details) {
    return new Crewing(charterId, details, new Sources(details));
  }

  private final class Sources implements Crewing.Sources {

    private final CharterDetails details;
    private final Map<Rank, List<CrewMember>> byRank = new EnumMap<>(Rank.class);
    private List<Charter> sameDay;

    Sources(CharterDetails details) {
      this.details = details;
    }

    @Override
    public List<CrewMember> candidates(Rank rank) {
      return byRank.computeIfAbsent(rank, r -> roster.availableOn(r, details.sailDate()));
    }

    @Override
    public Optional<CrewMember> member(String crewId) {
      return roster.member(crewId);
    }

    @Override
    public List<Charter> sameDay() {
      if (sameDay == null) {
        sameDay = charters.holdingCrewOn(details.sailDate());
      }
      return sameDay;
    }
  }
}
