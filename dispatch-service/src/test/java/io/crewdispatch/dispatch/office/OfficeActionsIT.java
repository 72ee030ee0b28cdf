package io.crewdispatch.dispatch.office;

import static io.crewdispatch.dispatch.support.Fixtures.booking;
import static io.crewdispatch.dispatch.support.Fixtures.captain;
import static io.crewdispatch.dispatch.support.Fixtures.crew;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueId;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueSailDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.dispatch.support.DispatchDriver;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.dispatch.support.Holds;
import io.crewdispatch.dispatch.support.Http;
import io.crewdispatch.events.CallExtended;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadePaused;
import io.crewdispatch.events.CascadeResumed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.ReleaseReason;
import io.crewdispatch.events.SeatReleased;
import io.crewdispatch.events.WithdrawalReason;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Samples;
import io.crewdispatch.testsupport.TestTokens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Flow 11 over HTTP: each office action, what it emits, and its refusals. */
@DispatchIntegrationTest
class OfficeActionsIT {

  @LocalServerPort int port;
  DispatchDriver dispatch;
  static final String OFFICE_USER = "pat.office@example.com";

  Http http;
  LocalDate day = uniqueSailDate();
  String charterId = uniqueId("ch");

  @BeforeEach
  void open() {
    dispatch = new DispatchDriver();
    // an office user's token: every action is recorded under the signed-in user's name
    http = new Http(port, TestTokens.officeBearer(OFFICE_USER));
  }

  @AfterEach
  void close() {
    dispatch.close();
  }

  @Test
  void assigningACaptainByHandConfirmsThemAndIsRefusedWhenTheyAreHeldElsewhere() {
    String phoned = uniqueId("cap");
    String crewMember = uniqueId("crew");
    dispatch.roster(crew(crewMember, 1, day, null)); // no captain callable: the booking stalls
    dispatch.book(booking(charterId, day, 1));
    dispatch.await(CascadeStalled.class, e -> e.getCharterId().equals(charterId));
    dispatch.roster(captain(phoned, 1, day.plusDays(1)));
    String other = uniqueId("ch");
    dispatch.book(booking(other, day.plusDays(1), 0));
    dispatch.accept(dispatch.captainCalled(other, phoned));
    dispatch.await(CharterStaffed.class, e -> e.getCharterId().equals(other));

    var unavailable = assign(charterId, phoned, "CAPTAIN");
    assertThat(unavailable.status()).isEqualTo(409);
    assertThat(unavailable.json().get("reason").asString()).contains("has not marked " + day);

    String held = uniqueId("cap");
    dispatch.roster(captain(held, 9, day));
    String elsewhere = uniqueId("ch");
    dispatch.book(booking(elsewhere, day, LocalTime.of(9, 0), LocalTime.of(12, 0), 0));
    dispatch.accept(dispatch.captainCalled(elsewhere, held));
    dispatch.await(CharterStaffed.class, e -> e.getCharterId().equals(elsewhere));
    var conflict = assign(charterId, held, "CAPTAIN");
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.header("Content-Type")).startsWith("application/problem+json");
    assertThat(conflict.json().get("conflictingCharter").asString()).isEqualTo(elsewhere);
    assertThat(Holds.of(held, day)).containsExactly(elsewhere);

    String free = uniqueId("cap");
    dispatch.roster(
        captain(free, 10, day)); // may resume the stall by itself: assign wins either way
    var assigned = assign(charterId, free, "CAPTAIN");
    if (assigned.status() == 409) { // the roster change called them first: they are then assigned
      assertThat(assigned.json().get("reason").asString()).contains("already");
    } else {
      assertThat(assigned.status()).isEqualTo(200);
    }
    CaptainConfirmed confirmed =
        dispatch.await(CaptainConfirmed.class, e -> e.getCharterId().equals(charterId));
    assertThat(confirmed.getCaptain().getCrewId()).isEqualTo(free);
    assertThat(Holds.of(free, day)).containsExactly(charterId);
  }

  @Test
  void assigningCrewByHandEmitsCrewConfirmedByTheOffice() {
    String cap = uniqueId("cap");
    String phoned = uniqueId("crew");
    dispatch.roster(captain(cap, 1, day));
    dispatch.book(booking(charterId, day, 1));
    dispatch.accept(dispatch.captainCalled(charterId, cap));
    dispatch.await(CascadeStalled.class, e -> e.getCharterId().equals(charterId));
    dispatch.roster(crew(phoned, 1, day.plusDays(2), cap));
    var refused = assign(charterId, phoned, "CREW");
    assertThat(refused.status()).isEqualTo(409);

    dispatch.roster(crew(phoned, 1, day, cap)); // resumes the CREW_UNFILLED stall: calls them
    dispatch.crewCalled(charterId, phoned);
    var assigned = assign(charterId, phoned, "CREW");

    assertThat(assigned.status()).isEqualTo(200);
    assertThat(assigned.json().get("status").asString()).isEqualTo("STAFFED");
    CrewConfirmed confirmed =
        dispatch.await(CrewConfirmed.class, e -> e.getCharterId().equals(charterId));
    assertThat(confirmed.getByOffice()).isEqualTo(OFFICE_USER);
    assertThat(confirmed.getCallId()).isNull();
    assertThat(Holds.of(phoned, day)).containsExactly(charterId);
    var status = http.get("/api/charters/" + charterId).json();
    assertThat(status.get("timeline").findValuesAsString("detail"))
        .contains("crew assigned by " + OFFICE_USER);
    assertThat(status.get("seatsOpen").asInt()).isZero();
  }

  @Test
  void releasingAConfirmedCaptainFreesTheHoldAndCallsTheNext() {
    String first = uniqueId("cap");
    String second = uniqueId("cap");
    dispatch.roster(captain(first, 1, day), captain(second, 2, day));
    dispatch.book(booking(charterId, day, 0));
    dispatch.accept(dispatch.captainCalled(charterId, first));
    dispatch.await(CharterStaffed.class, e -> e.getCharterId().equals(charterId));

    assertThat(release(second).status()).isEqualTo(409);
    assertThat(release(first).status()).isEqualTo(200);

    SeatReleased released =
        dispatch.await(SeatReleased.class, e -> e.getCharterId().equals(charterId));
    assertThat(released.getReason()).isEqualTo(ReleaseReason.RELEASED_BY_OFFICE);
    assertThat(released.getByOffice()).isEqualTo(OFFICE_USER);
    assertThat(Holds.of(first, day)).isEmpty();
    assertThat(dispatch.captainCalled(charterId, second).getAttempt()).isEqualTo(2);
  }

  @Test
  void skippingExtendingAndResendingACall() {
    String first = uniqueId("cap");
    String second = uniqueId("cap");
    dispatch.roster(captain(first, 1, day), captain(second, 2, day));
    dispatch.book(booking(charterId, day, 0));
    CaptainCalled call = dispatch.captainCalled(charterId, first);
    String calls = "/api/charters/" + charterId + "/calls/" + call.getCallId();

    var both =
        http.post(calls + "/extend", "{\"minutes\": 30, \"until\": \"2030-01-01T00:00:00Z\"}");
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.json().get("errors").findValuesAsString("field")).containsExactly("until");
    assertThat(http.post(calls + "/extend", "{\"until\": \"2020-01-01T00:00:00Z\"}").status())
        .isEqualTo(409);
    assertThat(http.post(calls + "/extend", "{\"minutes\": 45}").status()).isEqualTo(200);
    CallExtended extended =
        dispatch.await(CallExtended.class, e -> e.getCharterId().equals(charterId));
    assertThat(extended.getRespondBy()).isAfter(call.getRespondBy());
    assertThat(extended.getByOffice()).isEqualTo(OFFICE_USER);
    assertThat(
            Instant.parse(
                    http.get("/api/charters/" + charterId)
                        .json()
                        .get("openCalls")
                        .get(0)
                        .get("respondBy")
                        .asString())
                .truncatedTo(ChronoUnit.MILLIS)) // events carry milliseconds
        .isEqualTo(extended.getRespondBy());

    assertThat(http.post(calls + "/resend", "{}").status()).isEqualTo(200);
    await()
        .untilAsserted(
            () -> assertThat(dispatch.events(CaptainCalled.class, charterId)).hasSize(2));
    CaptainCalled again = dispatch.events(CaptainCalled.class, charterId).get(1);
    assertThat(again.getCallee().getCrewId()).isEqualTo(first);
    assertThat(again.getCallId()).isNotEqualTo(call.getCallId());
    assertThat(again.getRespondBy()).isEqualTo(extended.getRespondBy());

    String againPath = "/api/charters/" + charterId + "/calls/" + again.getCallId();
    assertThat(http.post(calls + "/skip", "{}").status()).isEqualTo(409); // no longer open
    assertThat(http.post(againPath + "/skip", "{}").status()).isEqualTo(200);
    await()
        .untilAsserted(
            () ->
                assertThat(dispatch.events(CallWithdrawn.class, charterId))
                    .extracting(w -> w.getReason())
                    .containsExactly(
                        WithdrawalReason.SUPERSEDED, WithdrawalReason.SKIPPED_BY_OFFICE));
    assertThat(dispatch.captainCalled(charterId, second).getAttempt()).isEqualTo(2);
  }

  @Test
  void aPausedCascadeCallsNobodyUntilResumed() {
    String first = uniqueId("cap");
    String second = uniqueId("cap");
    dispatch.roster(captain(first, 1, day), captain(second, 2, day));
    dispatch.book(booking(charterId, day, 0));
    CaptainCalled call = dispatch.captainCalled(charterId, first);
    assertThat(post("/resume", "{}").status()).isEqualTo(409);

    assertThat(post("/pause", "{\"reason\": \"owner may take the boat\"}").status()).isEqualTo(200);
    assertThat(post("/pause", "{}").status()).isEqualTo(409);
    CascadePaused paused =
        dispatch.await(CascadePaused.class, e -> e.getCharterId().equals(charterId));
    assertThat(paused.getReason()).isEqualTo("owner may take the boat");
    dispatch.decline(call);
    await()
        .until(
            () ->
                http.get("/api/charters/" + charterId)
                    .json()
                    .get("timeline")
                    .findValuesAsString("type")
                    .contains("PAUSED"));
    assertThat(dispatch.events(CaptainCalled.class, charterId)).hasSize(1);

    assertThat(post("/resume", "{}").status()).isEqualTo(200);
    CascadeResumed resumed =
        dispatch.await(CascadeResumed.class, e -> e.getCharterId().equals(charterId));
    assertThat(resumed.getByOffice()).isEqualTo(OFFICE_USER);
    assertThat(dispatch.captainCalled(charterId, second).getAttempt()).isEqualTo(2);
  }

  @Test
  void recallRestartsAStalledCascadeWithACaptainWhoseOtherCharterWasCancelled() {
    String busy = uniqueId("cap");
    dispatch.roster(captain(busy, 1, day));
    String other = uniqueId("ch");
    dispatch.book(booking(other, day, 0));
    dispatch.accept(dispatch.captainCalled(other, busy));
    dispatch.await(CharterStaffed.class, e -> e.getCharterId().equals(other));
    dispatch.book(booking(charterId, day, 0));
    dispatch.await(CascadeStalled.class, e -> e.getCharterId().equals(charterId));
    var nobody = post("/recall", "");
    assertThat(nobody.status()).isEqualTo(409);
    assertThat(nobody.json().get("reason").asString()).contains("nobody");

    dispatch.probe().publish(Topic.CHARTER_EVENTS, other, Samples.charterCancelled(other));
    await().until(() -> Holds.of(busy, day).isEmpty());
    assertThat(post("/recall", "").status()).isEqualTo(200);

    CascadeResumed resumed =
        dispatch.await(CascadeResumed.class, e -> e.getCharterId().equals(charterId));
    assertThat(resumed.getReason()).isEqualTo("restarted by the office");
    assertThat(dispatch.captainCalled(charterId, busy).getAttempt()).isEqualTo(1);
    assertThat(post("/recall", "").status()).isEqualTo(409);
  }

  @Test
  void anUnknownCharterIs404AndABadRoleIs400NamingTheField() {
    assertThat(assign(uniqueId("ch"), "anyone", "CAPTAIN").status()).isEqualTo(404);
    var bad = assign(charterId, "anyone", "ADMIRAL");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("role");
  }

  private Http.Response assign(String charter, String crewId, String role) {
    return http.post(
        "/api/charters/" + charter + "/assign",
        "{\"crewId\": \"" + crewId + "\", \"role\": \"" + role + "\"}");
  }

  private Http.Response release(String crewId) {
    return post("/release", "{\"crewId\": \"" + crewId + "\"}");
  }

  private Http.Response post(String action, String body) {
    return http.post("/api/charters/" + charterId + action, body);
  }
}
