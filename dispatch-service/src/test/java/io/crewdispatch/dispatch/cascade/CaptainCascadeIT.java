package io.crewdispatch.dispatch.cascade;

import static io.crewdispatch.dispatch.support.Fixtures.booking;
import static io.crewdispatch.dispatch.support.Fixtures.captain;
import static io.crewdispatch.dispatch.support.Fixtures.member;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueId;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueSailDate;
import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.dispatch.support.DispatchDriver;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.dispatch.support.Http;
import io.crewdispatch.dispatch.support.TestClock;
import io.crewdispatch.events.AttemptOutcome;
import io.crewdispatch.events.Availability;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.Rank;
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

/** Flows 1, 3, 4 and 5 through the real broker and DynamoDB Local. */
@DispatchIntegrationTest
class CaptainCascadeIT {

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
  void bookingCallsTheFirstCallableCaptainInCascadeOrder() {
    String unavailable = uniqueId("cap");
    String inactive = uniqueId("cap");
    String unanswered = uniqueId("cap");
    String chosen = uniqueId("cap");
    String later = uniqueId("cap");
    var inactiveChange = captain(inactive, 2, day);
    inactiveChange.getMember().put("active", false);
    dispatch.roster(
        member(unavailable, Rank.CAPTAIN, 1, Map.of(day, Availability.UNAVAILABLE), null),
        inactiveChange,
        member(unanswered, Rank.CAPTAIN, 3, Map.of(day.plusDays(1), Availability.AVAILABLE), null),
        captain(later, 5, day),
        captain(chosen, 4, day));
    String charterId = uniqueId("ch");

    dispatch.book(booking(charterId, day, 0));

    CaptainCalled call = dispatch.captainCalled(charterId, chosen);
    assertThat(call.getAttempt()).isEqualTo(1);
    assertThat(call.getCallee().getEmail()).isEqualTo(chosen + "@example.com");
    assertThat(call.getCallee().getName()).isEqualTo("Test " + chosen);
    assertThat(call.getCallee().getPhone()).isEqualTo("+1 555 0104");
    assertThat(call.getCallee().getRank()).isEqualTo(Rank.CAPTAIN);
    assertThat(call.getRespondBy()).isEqualTo(call.getOccurredAt().plus(Duration.ofMinutes(10)));
    assertThat(call.getCharter().getSailDate()).isEqualTo(day);
    assertThat(call.getCharter().getVessel()).isEqualTo("Sea Breeze");
    assertThat(call.getCharter().getTimeZone()).isEqualTo("America/Los_Angeles");
    assertThat(dispatch.events(CaptainCalled.class, charterId)).hasSize(1);

    var status = http.get("/api/charters/" + charterId);
    assertThat(status.status()).isEqualTo(200);
    assertThat(status.json().get("status").asString()).isEqualTo("CALLING_CAPTAIN");
    assertThat(status.json().get("openCalls").get(0).get("crewId").asString()).isEqualTo(chosen);
    assertThat(status.json().get("openCalls").get(0).get("callId").asString())
        .isEqualTo(call.getCallId());
    assertThat(status.json().get("timeline").findValuesAsString("type"))
        .containsSubsequence("BOOKED", "CALLED");
  }

  @Test
  void aDeclineCallsTheNextCaptainAtOnce() {
    String first = uniqueId("cap");
    String second = uniqueId("cap");
    dispatch.roster(captain(first, 1, day), captain(second, 2, day));
    String charterId = uniqueId("ch");
    dispatch.book(booking(charterId, day, 0));

    dispatch.decline(dispatch.captainCalled(charterId, first));

    assertThat(dispatch.captainCalled(charterId, second).getAttempt()).isEqualTo(2);
  }

  @Test
  void noAnswerByTheDeadlineCallsTheNextCaptainWithinTwoSeconds() {
    String first = uniqueId("cap");
    String second = uniqueId("cap");
    dispatch.roster(captain(first, 1, day), captain(second, 2, day));
    String charterId = uniqueId("ch");
    dispatch.book(booking(charterId, day, 0));
    CaptainCalled firstCall = dispatch.captainCalled(charterId, first);

    TestClock.INSTANCE.advance(
        Duration.between(TestClock.INSTANCE.instant(), firstCall.getRespondBy()));
    CaptainCalled next = dispatch.captainCalled(charterId, second);

    assertThat(next.getAttempt()).isEqualTo(2);
    assertThat(Duration.between(firstCall.getRespondBy(), next.getOccurredAt()))
        .isBetween(Duration.ZERO, Duration.ofSeconds(2));
  }

  @Test
  void aLateAcceptWinsAndWithdrawsTheCallThatFollowedIt() {
    String first = uniqueId("cap");
    String second = uniqueId("cap");
    dispatch.roster(captain(first, 1, day), captain(second, 2, day));
    String charterId = uniqueId("ch");
    dispatch.book(booking(charterId, day, 0));
    CaptainCalled firstCall = dispatch.captainCalled(charterId, first);
    TestClock.INSTANCE.advance(Duration.ofMinutes(11));
    CaptainCalled secondCall = dispatch.captainCalled(charterId, second);

    dispatch.accept(firstCall);

    CaptainConfirmed confirmed =
        dispatch.await(CaptainConfirmed.class, e -> e.getCharterId().equals(charterId));
    assertThat(confirmed.getCaptain().getCrewId()).isEqualTo(first);
    CallWithdrawn withdrawn =
        dispatch.await(CallWithdrawn.class, e -> e.getCharterId().equals(charterId));
    assertThat(withdrawn.getCallId()).isEqualTo(secondCall.getCallId());
    assertThat(withdrawn.getReason()).isEqualTo(WithdrawalReason.FILLED_BY_OTHER);
    var status = http.get("/api/charters/" + charterId).json();
    assertThat(status.get("status").asString()).isEqualTo("STAFFED");
    assertThat(status.get("captain").get("crewId").asString()).isEqualTo(first);
    assertThat(status.get("openCalls")).isEmpty();
  }

  @Test
  void aCaptainHoldingAnOverlappingCharterIsSkippedButCalledForTheEvening() {
    String busy = uniqueId("cap");
    String free = uniqueId("cap");
    dispatch.roster(captain(busy, 1, day), captain(free, 2, day));
    String morning = uniqueId("ch");
    dispatch.book(booking(morning, day, 0));
    dispatch.accept(dispatch.captainCalled(morning, busy));
    dispatch.await(CaptainConfirmed.class, e -> e.getCharterId().equals(morning));

    String midday = uniqueId("ch");
    dispatch.book(booking(midday, day, LocalTime.of(12, 0), LocalTime.of(15, 0), 0));
    String evening = uniqueId("ch");
    dispatch.book(booking(evening, day, LocalTime.of(17, 0), LocalTime.of(20, 0), 0));

    assertThat(dispatch.captainCalled(midday, free).getAttempt()).isEqualTo(1);
    assertThat(dispatch.captainCalled(evening, busy).getAttempt()).isEqualTo(1);
    assertThat(dispatch.events(CaptainCalled.class, midday)).hasSize(1);
  }

  @Test
  void whenEveryCaptainDeclinesTheCascadeStallsListingEachAttempt() {
    String first = uniqueId("cap");
    String second = uniqueId("cap");
    dispatch.roster(captain(first, 1, day), captain(second, 2, day));
    String charterId = uniqueId("ch");
    dispatch.book(booking(charterId, day, 0));
    dispatch.decline(dispatch.captainCalled(charterId, first));
    CaptainCalled secondCall = dispatch.captainCalled(charterId, second);
    TestClock.INSTANCE.advance(Duration.ofMinutes(11));

    CascadeStalled stalled =
        dispatch.await(CascadeStalled.class, e -> e.getCharterId().equals(charterId));

    assertThat(stalled.getReason()).isEqualTo(StallReason.CAPTAINS_EXHAUSTED);
    assertThat(stalled.getAttempts())
        .extracting(a -> a.getCrewId() + ":" + a.getOutcome())
        .containsExactly(
            first + ":" + AttemptOutcome.DECLINED, second + ":" + AttemptOutcome.TIMED_OUT);
    assertThat(stalled.getAttempts().get(1).getCalledAt()).isEqualTo(secondCall.getOccurredAt());
    var status = http.get("/api/charters/" + charterId).json();
    assertThat(status.get("status").asString()).isEqualTo("STALLED");
    assertThat(status.get("stallReason").asString()).isEqualTo("CAPTAINS_EXHAUSTED");
  }

  @Test
  void withNoCaptainAvailableTheCascadeStallsAtOnce() {
    String charterId = uniqueId("ch");

    dispatch.book(booking(charterId, day, 2));

    CascadeStalled stalled =
        dispatch.await(CascadeStalled.class, e -> e.getCharterId().equals(charterId));
    assertThat(stalled.getReason()).isEqualTo(StallReason.NO_CAPTAIN_AVAILABLE);
    assertThat(stalled.getAttempts()).isEmpty();
    assertThat(dispatch.events(CaptainCalled.class, charterId)).isEmpty();
  }
}
