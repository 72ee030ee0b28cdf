package io.crewdispatch.dispatch.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.dispatch.roster.application.CrewRoster;
import io.crewdispatch.dispatch.roster.application.RosterView;
import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.DayAvailability;
import io.crewdispatch.dispatch.roster.domain.Rank;
import io.crewdispatch.dispatch.roster.domain.RosterUpdate;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.dispatch.support.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The roster projection: conditional upserts, and the view decisions read. */
@DispatchIntegrationTest
class CrewRosterIT {

  @Autowired CrewRoster roster;
  @Autowired RosterView view;
  LocalDate day = Fixtures.uniqueSailDate();
  Instant now = Instant.parse("2027-03-01T18:00:00Z");

  @Test
  void theViewOfADayHoldsTheActiveMembersOfTheRankAvailableThatDay() {
    String available = Fixtures.uniqueId("cap");
    String unavailable = Fixtures.uniqueId("cap");
    String inactive = Fixtures.uniqueId("cap");
    String unpaired = Fixtures.uniqueId("cap");
    String crew = Fixtures.uniqueId("crew");
    save(
        member(
            available,
            Rank.CAPTAIN,
            true,
            Map.of(day, DayAvailability.AVAILABLE, day.plusDays(1), DayAvailability.UNAVAILABLE)));
    save(
        new CrewMember(
            unpaired,
            "Unpaired",
            Rank.CAPTAIN,
            unpaired + "@example.com",
            null,
            2,
            true,
            Map.of(day, DayAvailability.AVAILABLE),
            Map.of()));
    save(member(unavailable, Rank.CAPTAIN, true, Map.of(day, DayAvailability.UNAVAILABLE)));
    save(member(inactive, Rank.CAPTAIN, false, Map.of(day, DayAvailability.AVAILABLE)));
    save(member(crew, Rank.CREW, true, Map.of(day, DayAvailability.AVAILABLE)));

    var captains = view.availableOn(Rank.CAPTAIN, day);

    assertThat(captains)
        .extracting(CrewMember::crewId)
        .containsExactlyInAnyOrder(available, unpaired);
    CrewMember seen =
        captains.stream().filter(m -> m.crewId().equals(available)).findFirst().orElseThrow();
    assertThat(seen.availability()).hasSize(2);
    assertThat(seen.pairedCaptain(YearMonth.from(day))).contains("skipper");
    assertThat(seen.email()).isEqualTo(available + "@example.com");
    assertThat(roster.all()).extracting(CrewMember::crewId).contains(available, crew, inactive);
  }

  @Test
  void aRedeliveredOrOlderRecordIsNotStored() {
    String crewId = Fixtures.uniqueId("cap");
    RosterUpdate first =
        new RosterUpdate(
            UUID.randomUUID().toString(), now, member(crewId, Rank.CAPTAIN, true, Map.of()));
    RosterUpdate later =
        new RosterUpdate(
            UUID.randomUUID().toString(),
            now.plusSeconds(1),
            member(crewId, Rank.CAPTAIN, false, Map.of()));

    assertThat(roster.save(first)).isTrue();
    assertThat(roster.save(first)).isFalse();
    assertThat(roster.save(later)).isTrue();
    assertThat(roster.save(first)).isFalse();
    assertThat(roster.find(crewId).orElseThrow().active()).isFalse();
  }

  private void save(CrewMember member) {
    assertThat(roster.save(new RosterUpdate(UUID.randomUUID().toString(), now, member))).isTrue();
  }

  private CrewMember member(
      String crewId, Rank rank, boolean active, Map<LocalDate, DayAvailability> days) {
    return new CrewMember(
        crewId,
        "Test " + crewId,
        rank,
        crewId + "@example.com",
        null,
        1,
        active,
        days,
        Map.of(YearMonth.from(day), "skipper"));
  }
}
