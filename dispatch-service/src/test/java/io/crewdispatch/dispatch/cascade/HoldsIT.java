package io.crewdispatch.dispatch.cascade;

import static io.crewdispatch.dispatch.support.Fixtures.booking;
import static io.crewdispatch.dispatch.support.Fixtures.captain;
import static io.crewdispatch.dispatch.support.Fixtures.changed;
import static io.crewdispatch.dispatch.support.Fixtures.crew;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueId;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueSailDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.dispatch.support.DispatchDriver;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.dispatch.support.Holds;
import io.crewdispatch.dispatch.support.Http;
import io.crewdispatch.events.Availability;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadeResumed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.RosterMember;
import io.crewdispatch.events.StallReason;
import io.crewdispatch.events.WithdrawalReason;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Flow 10 and the checks at accept, through the broker: a person is confirmed on one of two
 * overlapping charters only, an accept by someone no longer eligible confirms nothing and the
 * cascade moves on, and a stalled charter resumes when the roster makes a captain callable.
 */
@DispatchIntegrationTest
class HoldsIT {

  @LocalServerPort int port;
  DispatchDriver dispatch;
  Http http;
  LocalDate day = uniqueSailDate();

  @BeforeEach
  void open() {
    dispatch = new DispatchDriver();
    http = new Http(port);
  }

  @AfterEach
  void close() {
    dispatch.close();
  }

  @Test
  void aCaptainAcceptingTwoOverlappingChartersIsConfirmedOnTheFirstOnly() {
    String morgan = uniqueId("cap");
    String standby = uniqueId("cap");
    dispatch.roster(captain(morgan, 1, day), captain(standby, 2, day));
    String first = uniqueId("ch");
    String second = uniqueId("ch");
    dispatch.book(booking(first, day, LocalTime.of(10, 0), LocalTime.of(14, 0), 0));
    dispatch.book(booking(second, day, LocalTime.of(11, 0), LocalTime.of(15, 0), 0));
    CaptainCalled firstCall = dispatch.captainCalled(first, morgan);
    CaptainCalled secondCall = dispatch.captainCalled(second, morgan);

    dispatch.accept(firstCall);
    dispatch.await(CaptainConfirmed.class, e -> e.getCharterId().equals(first));
    dispatch.accept(secondCall);

    CallWithdrawn refused =
        dispatch.await(CallWithdrawn.class, e -> e.getCharterId().equals(second));
    assertThat(refused.getCallId()).isEqualTo(secondCall.getCallId());
    assertThat(refused.getReason()).isEqualTo(WithdrawalReason.HELD_ELSEWHERE);
    assertThat(dispatch.captainCalled(second, standby).getAttempt()).isEqualTo(2);
    assertThat(dispatch.events(CaptainConfirmed.class, second)).isEmpty();
    assertThat(Holds.of(morgan, day)).containsExactly(first);
    var status = http.get("/api/charters/" + second).json();
    assertThat(status.get("captain").isNull()).isTrue();
    assertThat(status.get("timeline").findValuesAsString("detail"))
        .anyMatch(d -> d.contains("confirmed on overlapping charter " + first));
  }

  @Test
  void twoChartersOnOneDayThatDoNotOverlapShareTheCaptain() {
    String morgan = uniqueId("cap");
    dispatch.roster(captain(morgan, 1, day));
    String morning = uniqueId("ch");
    String evening = uniqueId("ch");
    dispatch.book(booking(morning, day, LocalTime.of(9, 0), LocalTime.of(13, 0), 0));
    dispatch.book(booking(evening, day, LocalTime.of(13, 0), LocalTime.of(17, 0), 0));

    dispatch.accept(dispatch.captainCalled(morning, morgan));
    dispatch.accept(dispatch.captainCalled(evening, morgan));

    dispatch.await(CharterStaffed.class, e -> e.getCharterId().equals(morning));
    dispatch.await(CharterStaffed.class, e -> e.getCharterId().equals(evening));
    assertThat(Holds.of(morgan, day)).containsExactlyInAnyOrder(morning, evening);
  }

  @Test
  void aCaptainMarkedUnavailableWhileCalledConfirmsNothingAndTheNextIsCalled() {
    String first = uniqueId("cap");
    String second = uniqueId("cap");
    RosterChanged firstRecord = captain(first, 1, day);
    dispatch.roster(firstRecord, captain(second, 2, day));
    String charterId = uniqueId("ch");
    dispatch.book(booking(charterId, day, 0));
    CaptainCalled call = dispatch.captainCalled(charterId, first);
    RosterMember away =
        RosterMember.newBuilder(firstRecord.getMember())
            .setAvailability(Map.of(day.toString(), Availability.UNAVAILABLE))
            .build();
    dispatch.roster(changed(firstRecord, away));

    dispatch.accept(call);

    CallWithdrawn refused =
        dispatch.await(CallWithdrawn.class, e -> e.getCharterId().equals(charterId));
    assertThat(refused.getReason()).isEqualTo(WithdrawalReason.UNAVAILABLE);
    assertThat(dispatch.captainCalled(charterId, second).getAttempt()).isEqualTo(2);
    assertThat(dispatch.events(CaptainConfirmed.class, charterId)).isEmpty();
    assertThat(Holds.of(first, day)).isEmpty();
  }

  @Test
  void aCrewMemberMadeInactiveWhileCalledConfirmsNothingAndTheNextIsCalled() {
    String captain = uniqueId("cap");
    String leaving = uniqueId("crew");
    String standby = uniqueId("crew");
    RosterChanged leavingRecord = crew(leaving, 1, day, captain);
    dispatch.roster(captain(captain, 1, day), leavingRecord, crew(standby, 2, day, null));
    String charterId = uniqueId("ch");
    dispatch.book(booking(charterId, day, 1));
    dispatch.accept(dispatch.captainCalled(charterId, captain));
    CrewCalled call = dispatch.crewCalled(charterId, leaving);
    dispatch.roster(
        changed(
            leavingRecord,
            RosterMember.newBuilder(leavingRecord.getMember()).setActive(false).build()));

    dispatch.accept(call);

    CallWithdrawn refused =
        dispatch.await(CallWithdrawn.class, e -> e.getCharterId().equals(charterId));
    assertThat(refused.getCallee().getCrewId()).isEqualTo(leaving);
    assertThat(refused.getReason()).isEqualTo(WithdrawalReason.UNAVAILABLE);
    dispatch.accept(dispatch.crewCalled(charterId, standby));
    CrewConfirmed confirmed =
        dispatch.await(CrewConfirmed.class, e -> e.getCharterId().equals(charterId));
    assertThat(confirmed.getCrew().getCrewId()).isEqualTo(standby);
    assertThat(confirmed.getCaptainId()).isEqualTo(captain);
    assertThat(confirmed.getByOffice()).isNull();
    assertThat(dispatch.events(CrewConfirmed.class, charterId)).hasSize(1);
    assertThat(Holds.of(leaving, day)).isEmpty();
    assertThat(Holds.of(standby, day)).containsExactly(charterId);
  }

  @Test
  void aStalledCharterResumesWhenACaptainIsMarkedAvailable() {
    String late = uniqueId("cap");
    RosterChanged unknownDay =
        captain(late, 1, day.plusDays(1)); // on the roster, but not marked for the sail date
    dispatch.roster(unknownDay);
    String charterId = uniqueId("ch");
    dispatch.book(booking(charterId, day, 0));
    CascadeStalled stalled =
        dispatch.await(CascadeStalled.class, e -> e.getCharterId().equals(charterId));
    assertThat(stalled.getReason()).isEqualTo(StallReason.NO_CAPTAIN_AVAILABLE);

    RosterMember available =
        RosterMember.newBuilder(unknownDay.getMember())
            .setAvailability(Map.of(day.toString(), Availability.AVAILABLE))
            .build();
    dispatch.roster(changed(unknownDay, available));

    CascadeResumed resumed =
        dispatch.await(CascadeResumed.class, e -> e.getCharterId().equals(charterId));
    assertThat(resumed.getByOffice()).isNull();
    assertThat(resumed.getReason()).contains(late);
    dispatch.accept(dispatch.captainCalled(charterId, late));
    dispatch.await(CharterStaffed.class, e -> e.getCharterId().equals(charterId));
    var status = http.get("/api/charters/" + charterId).json();
    assertThat(status.get("timeline").findValuesAsString("type")).contains("RESUMED");
  }

  @Test
  void aCaptainWhoseLicenceLapsesBeforeTheSailDateIsNotCalled() {
    String lapsed = uniqueId("cap");
    String licensed = uniqueId("cap");
    RosterChanged lapsedRecord = captain(lapsed, 1, day);
    RosterChanged licensedRecord = captain(licensed, 2, day);
    dispatch.roster(
        changed(
            lapsedRecord,
            RosterMember.newBuilder(lapsedRecord.getMember())
                .setCertificates(Map.of("Captain's Licence", day.minusDays(1).toString()))
                .build()),
        changed(
            licensedRecord,
            RosterMember.newBuilder(licensedRecord.getMember())
                .setCertificates(Map.of("Captain's Licence", day.toString()))
                .setChannel(io.crewdispatch.events.Channel.SMS)
                .build()));
    String charterId = uniqueId("ch");

    dispatch.book(booking(charterId, day, 0));

    CaptainCalled call = dispatch.captainCalled(charterId, licensed);
    assertThat(call.getAttempt()).isEqualTo(1);
    assertThat(call.getCallee().getChannel()).isEqualTo(io.crewdispatch.events.Channel.SMS);
    await()
        .during(Duration.ofMillis(500))
        .until(() -> dispatch.events(CaptainCalled.class, charterId).size() == 1);
  }
}
