package io.crewdispatch.dispatch.cascade;

import static io.crewdispatch.dispatch.support.Fixtures.booking;
import static io.crewdispatch.dispatch.support.Fixtures.captain;
import static io.crewdispatch.dispatch.support.Fixtures.crew;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueId;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueSailDate;
import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.dispatch.support.DispatchDriver;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.dispatch.support.Http;
import io.crewdispatch.dispatch.support.TestClock;
import io.crewdispatch.events.AttemptOutcome;
import io.crewdispatch.events.Callee;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.StallReason;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Flow 2's second half: the confirmed captain's crew, then anyone available, until staffed. */
@DispatchIntegrationTest
class CrewCascadeIT {

  @LocalServerPort int port;
  DispatchDriver dispatch;
  LocalDate day = uniqueSailDate();
  String captain = uniqueId("cap");

  @BeforeEach
  void open() {
    dispatch = new DispatchDriver();
  }

  @AfterEach
  void close() {
    dispatch.close();
  }

  @Test
  void theCaptainsPairedCrewAreCalledFirstThenOthersUntilEverySeatIsConfirmed() {
    String firstInOrder = uniqueId("crew");
    String paired = uniqueId("crew");
    String third = uniqueId("crew");
    dispatch.roster(
        captain(captain, 1, day),
        crew(firstInOrder, 1, day, null),
        crew(paired, 7, day, captain),
        crew(third, 2, day, null));
    String charterId = uniqueId("ch");
    dispatch.book(booking(charterId, day, 2));

    dispatch.accept(dispatch.captainCalled(charterId, captain));

    CrewCalled pairedCall = dispatch.crewCalled(charterId, paired);
    CrewCalled gapCall = dispatch.crewCalled(charterId, firstInOrder);
    assertThat(pairedCall.getCaptainId()).isEqualTo(captain);
    assertThat(pairedCall.getCallee().getEmail()).isEqualTo(paired + "@example.com");
    assertThat(dispatch.events(CrewCalled.class, charterId)).hasSize(2);

    dispatch.accept(pairedCall);
    dispatch.accept(gapCall);

    CharterStaffed staffed =
        dispatch.await(CharterStaffed.class, e -> e.getCharterId().equals(charterId));
    assertThat(staffed.getCaptain().getCrewId()).isEqualTo(captain);
    assertThat(staffed.getCrew())
        .extracting(Callee::getCrewId)
        .containsExactly(paired, firstInOrder);
    var status = new Http(port).get("/api/charters/" + charterId).json();
    assertThat(status.get("status").asString()).isEqualTo("STAFFED");
    assertThat(status.get("crew").findValuesAsString("crewId"))
        .containsExactly(paired, firstInOrder);
  }

  @Test
  void aCrewDeclineCallsTheNextAndRunningOutOfCrewStalls() {
    String first = uniqueId("crew");
    String second = uniqueId("crew");
    dispatch.roster(
        captain(captain, 1, day), crew(first, 1, day, null), crew(second, 2, day, null));
    String charterId = uniqueId("ch");
    dispatch.book(booking(charterId, day, 1));
    dispatch.accept(dispatch.captainCalled(charterId, captain));

    dispatch.decline(dispatch.crewCalled(charterId, first));
    dispatch.crewCalled(charterId, second);
    TestClock.INSTANCE.advance(Duration.ofMinutes(11));

    CascadeStalled stalled =
        dispatch.await(CascadeStalled.class, e -> e.getCharterId().equals(charterId));
    assertThat(stalled.getReason()).isEqualTo(StallReason.CREW_UNFILLED);
    assertThat(stalled.getAttempts())
        .extracting(a -> a.getCrewId() + ":" + a.getOutcome())
        .containsExactly(
            first + ":" + AttemptOutcome.DECLINED, second + ":" + AttemptOutcome.TIMED_OUT);
  }

  @Test
  void aCharterNeedingNoCrewIsStaffedWhenItsCaptainConfirms() {
    dispatch.roster(captain(captain, 1, day));
    String charterId = uniqueId("ch");
    dispatch.book(booking(charterId, day, 0));

    dispatch.accept(dispatch.captainCalled(charterId, captain));

    CharterStaffed staffed =
        dispatch.await(CharterStaffed.class, e -> e.getCharterId().equals(charterId));
    assertThat(staffed.getCrew()).isEmpty();
    assertThat(dispatch.events(CrewCalled.class, charterId)).isEmpty();
  }
}
