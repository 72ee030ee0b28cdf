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
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.ReleaseReason;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.RosterMember;
import io.crewdispatch.events.SeatReleased;
import io.crewdispatch.events.WithdrawalReason;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Samples;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Flows 6 and 7: cancellation, availability and licence changes, completion; holds follow. */
@DispatchIntegrationTest
class ChangesIT {

  @LocalServerPort int port;
  DispatchDriver dispatch;
  Http http;
  LocalDate day = uniqueSailDate();
  String charterId = uniqueId("ch");

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
  void cancellationWithdrawsEveryOpenCallAndTellsEveryoneConfirmed() {
    String captain = uniqueId("cap");
    String confirmedCrew = uniqueId("crew");
    String calledCrew = uniqueId("crew");
    dispatch.roster(
        captain(captain, 1, day),
        crew(confirmedCrew, 1, day, null),
        crew(calledCrew, 2, day, null));
    dispatch.book(booking(charterId, day, 2));
    dispatch.accept(dispatch.captainCalled(charterId, captain));
    dispatch.accept(dispatch.crewCalled(charterId, confirmedCrew));
    String openCall = dispatch.crewCalled(charterId, calledCrew).getCallId();
    await().until(() -> http.get("/api/charters/" + charterId).json().get("crew").size() == 1);

    dispatch.probe().publish(Topic.CHARTER_EVENTS, charterId, Samples.charterCancelled(charterId));

    await()
        .untilAsserted(
            () ->
                assertThat(dispatch.events(CallWithdrawn.class, charterId))
                    .extracting(w -> w.getCallee().getCrewId() + ":" + w.getReason())
                    .containsExactlyInAnyOrder(
                        captain + ":" + WithdrawalReason.CHARTER_CANCELLED,
                        confirmedCrew + ":" + WithdrawalReason.CHARTER_CANCELLED,
                        calledCrew + ":" + WithdrawalReason.CHARTER_CANCELLED));
    assertThat(dispatch.events(CallWithdrawn.class, charterId))
        .anyMatch(w -> w.getCallId().equals(openCall));
    var status = http.get("/api/charters/" + charterId).json();
    assertThat(status.get("status").asString()).isEqualTo("CANCELLED");
    assertThat(status.get("openCalls")).isEmpty();
  }

  @Test
  void aConfirmedCaptainMadeUnavailableIsReleasedAndTheNextCaptainCalled() {
    String first = uniqueId("cap");
    String second = uniqueId("cap");
    RosterChanged firstRecord = captain(first, 1, day);
    dispatch.roster(firstRecord, captain(second, 2, day));
    dispatch.book(booking(charterId, day, 0));
    CaptainCalled firstCall = dispatch.captainCalled(charterId, first);
    dispatch.accept(firstCall);
    dispatch.await(CharterStaffed.class, e -> e.getCharterId().equals(charterId));

    dispatch.roster(
        changed(firstRecord, withDay(firstRecord.getMember(), Availability.UNAVAILABLE)));

    SeatReleased released =
        dispatch.await(SeatReleased.class, e -> e.getCharterId().equals(charterId));
    assertThat(released.getPerson().getCrewId()).isEqualTo(first);
    assertThat(released.getRole()).isEqualTo(Rank.CAPTAIN);
    assertThat(released.getReason()).isEqualTo(ReleaseReason.UNAVAILABLE);
    assertThat(Holds.of(first, day)).isEmpty();
    assertThat(dispatch.captainCalled(charterId, second).getAttempt()).isEqualTo(2);
    var status = http.get("/api/charters/" + charterId).json();
    assertThat(status.get("status").asString()).isEqualTo("CALLING_CAPTAIN");
    assertThat(status.get("captain").isNull()).isTrue();
    assertThat(status.get("timeline").findValuesAsString("type")).contains("RELEASED");
  }

  @Test
  void aConfirmedCrewMemberMadeInactiveIsReleasedAndTheSeatCalledAgain() {
    String captain = uniqueId("cap");
    String leaving = uniqueId("crew");
    String standby = uniqueId("crew");
    RosterChanged leavingRecord = crew(leaving, 1, day, captain);
    dispatch.roster(captain(captain, 1, day), leavingRecord, crew(standby, 2, day, null));
    dispatch.book(booking(charterId, day, 1));
    dispatch.accept(dispatch.captainCalled(charterId, captain));
    dispatch.accept(dispatch.crewCalled(charterId, leaving));
    dispatch.await(CharterStaffed.class, e -> e.getCharterId().equals(charterId));

    RosterMember inactive =
        RosterMember.newBuilder(leavingRecord.getMember()).setActive(false).build();
    dispatch.roster(changed(leavingRecord, inactive));

    SeatReleased released =
        dispatch.await(SeatReleased.class, e -> e.getCharterId().equals(charterId));
    assertThat(released.getPerson().getCrewId()).isEqualTo(leaving);
    assertThat(released.getReason()).isEqualTo(ReleaseReason.UNAVAILABLE);
    assertThat(Holds.of(leaving, day)).isEmpty();
    dispatch.accept(dispatch.crewCalled(charterId, standby));
    await()
        .untilAsserted(
            () -> assertThat(dispatch.events(CharterStaffed.class, charterId)).hasSize(2));
    assertThat(dispatch.events(CharterStaffed.class, charterId).get(1).getCrew())
        .extracting(c -> c.getCrewId())
        .containsExactly(standby);
  }

  @Test
  void aRosterChangeThatKeepsTheDayAvailableReleasesNobody() {
    String captain = uniqueId("cap");
    RosterChanged record = captain(captain, 1, day);
    dispatch.roster(record);
    dispatch.book(booking(charterId, day, 0));
    dispatch.accept(dispatch.captainCalled(charterId, captain));
    dispatch.await(CharterStaffed.class, e -> e.getCharterId().equals(charterId));

    RosterMember renamed = RosterMember.newBuilder(record.getMember()).setName("New Name").build();
    dispatch.roster(changed(record, renamed));

    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(3))
        .until(() -> dispatch.events(SeatReleased.class, charterId).isEmpty());
    assertThat(http.get("/api/charters/" + charterId).json().get("status").asString())
        .isEqualTo("STAFFED");
  }

  @Test
  void completionMarksTheCharterCompleted() {
    String captain = uniqueId("cap");
    dispatch.roster(captain(captain, 1, day));
    dispatch.book(booking(charterId, day, 0));
    dispatch.accept(dispatch.captainCalled(charterId, captain));
    dispatch.await(CharterStaffed.class, e -> e.getCharterId().equals(charterId));

    dispatch.probe().publish(Topic.CHARTER_EVENTS, charterId, Samples.charterCompleted(charterId));

    await()
        .until(
            () -> http.get("/api/charters/" + charterId).json().get("status").asString(),
            "COMPLETED"::equals);
    var status = http.get("/api/charters/" + charterId).json();
    assertThat(status.get("captain").get("crewId").asString()).isEqualTo(captain);
    assertThat(Holds.of(captain, day)).isEmpty();
  }

  @Test
  void aConfirmedCaptainWhoseLicenceLapsesBeforeTheSailDateIsReleased() {
    String first = uniqueId("cap");
    String second = uniqueId("cap");
    RosterChanged firstRecord = captain(first, 1, day);
    dispatch.roster(firstRecord, captain(second, 2, day));
    dispatch.book(booking(charterId, day, 0));
    dispatch.accept(dispatch.captainCalled(charterId, first));
    dispatch.await(CharterStaffed.class, e -> e.getCharterId().equals(charterId));
    assertThat(Holds.of(first, day)).containsExactly(charterId);

    RosterMember lapsing =
        RosterMember.newBuilder(firstRecord.getMember())
            .setCertificates(Map.of("Captain's Licence", day.minusDays(1).toString()))
            .build();
    dispatch.roster(changed(firstRecord, lapsing));

    SeatReleased released =
        dispatch.await(SeatReleased.class, e -> e.getCharterId().equals(charterId));
    assertThat(released.getReason()).isEqualTo(ReleaseReason.CERTIFICATE_LAPSED);
    assertThat(Holds.of(first, day)).isEmpty();
    assertThat(dispatch.captainCalled(charterId, second).getAttempt()).isEqualTo(2);
  }

  @Test
  void cancellationLetsGoOfEveryHold() {
    String captain = uniqueId("cap");
    dispatch.roster(captain(captain, 1, day));
    dispatch.book(booking(charterId, day, 0));
    dispatch.accept(dispatch.captainCalled(charterId, captain));
    dispatch.await(CharterStaffed.class, e -> e.getCharterId().equals(charterId));
    assertThat(Holds.of(captain, day)).containsExactly(charterId);

    dispatch.probe().publish(Topic.CHARTER_EVENTS, charterId, Samples.charterCancelled(charterId));

    await().until(() -> Holds.of(captain, day).isEmpty());
  }

  private RosterMember withDay(RosterMember member, Availability answer) {
    return RosterMember.newBuilder(member).setAvailability(Map.of(day.toString(), answer)).build();
  }
}
