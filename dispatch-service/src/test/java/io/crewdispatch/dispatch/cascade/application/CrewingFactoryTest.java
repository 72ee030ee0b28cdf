package io.crewdispatch.dispatch.cascade.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.dispatch.cascade.domain.CharterDetails;
import io.crewdispatch.dispatch.cascade.domain.Hold;
import io.crewdispatch.dispatch.config.DispatchProperties;
import io.crewdispatch.dispatch.roster.application.CrewRoster;
import io.crewdispatch.dispatch.roster.application.RosterView;
import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.DayAvailability;
import io.crewdispatch.dispatch.roster.domain.Rank;
import io.crewdispatch.dispatch.roster.domain.RosterUpdate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A captain's accept reads the captain's record while it refills the roster's cache (cold here, as
 * for an accept minutes after the last decision) and while it reads the holds.
 */
class CrewingFactoryTest {

  private static final LocalDate DAY = LocalDate.of(2026, 6, 14);

  /**
   * Each read waits at its barrier for the other: it passes only if both are in flight together.
   * The record's read meets the roster's refill, then the holds' read.
   */
  private final CyclicBarrier withTheRoster = new CyclicBarrier(2);

  private final CyclicBarrier withTheHolds = new CyclicBarrier(2);

  private final CrewingFactory factory =
      new CrewingFactory(new RosterView(new Roster(), properties()), new Holds(), properties());

  @AfterEach
  void stop() {
    factory.destroy();
  }

  @Test
  void theCaptainsRecordIsReadWhileTheRosterAndTheHoldsAre() {
    var crewing = factory.of("CH-1", details());

    var reach = crewing.reachNowWithCrew("cap-1");

    assertThat(reach.person().crewId()).isEqualTo("cap-1");
    assertThat(withTheRoster.isBroken()).isFalse();
    assertThat(withTheHolds.isBroken()).isFalse();
  }

  @Test
  void aFailedRecordReadIsThrownAsItself() {
    var crewing = factory.of("CH-1", details());

    assertThatThrownBy(() -> crewing.reachNowWithCrew("unknown"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the table is down");
  }

  private static void meet(CyclicBarrier barrier) {
    try {
      barrier.await(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the other read never started while this one waited", e);
    }
  }

  private final class Roster implements CrewRoster {
    @Override
    public boolean save(RosterUpdate update) {
      return false;
    }

    @Override
    public Optional<CrewMember> find(String crewId) {
      meet(withTheRoster);
      meet(withTheHolds);
      if (crewId.equals("unknown")) {
        throw new IllegalStateException("the table is down");
      }
      return Optional.of(member(crewId, Rank.CAPTAIN));
    }

    @Override
    public List<CrewMember> all() {
      meet(withTheRoster);
      return List.of(member("cap-1", Rank.CAPTAIN), member("crew-1", Rank.CREW));
    }
  }

  private final class Holds implements CrewHolds {
    @Override
    public Map<String, Hold> on(LocalDate sailDate, Collection<String> crewIds) {
      meet(withTheHolds);
      Map<String, Hold> found = new HashMap<>();
      crewIds.forEach(id -> found.put(id, Hold.none(id, sailDate)));
      return found;
    }

    @Override
    public List<Hold> of(String crewId, LocalDate from) {
      return List.of();
    }
  }

  private static CrewMember member(String crewId, Rank rank) {
    return new CrewMember(
        crewId,
        "Name " + crewId,
        rank,
        crewId + "@example.com",
        null,
        1,
        true,
        Map.of(DAY, DayAvailability.AVAILABLE),
        Map.of());
  }

  private static CharterDetails details() {
    return new CharterDetails(
        "Sea Breeze",
        DAY,
        LocalTime.of(9, 30),
        LocalTime.of(13, 30),
        ZoneId.of("America/Los_Angeles"),
        8,
        0);
  }

  private static DispatchProperties properties() {
    return new Binder(new MapConfigurationPropertySource(Map.of()))
        .bindOrCreate("crewdispatch.dispatch", DispatchProperties.class);
  }
}
