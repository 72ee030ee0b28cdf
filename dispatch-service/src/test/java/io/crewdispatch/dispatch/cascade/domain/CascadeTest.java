package io.crewdispatch.dispatch.cascade.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.crewdispatch.dispatch.roster.domain.DayAvailability;
import io.crewdispatch.dispatch.roster.domain.Rank;
import io.crewdispatch.dispatch.timeline.domain.EntryType;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cascade's decisions, without any infrastructure. */
class CascadeTest {

  static final ZoneId SAN_DIEGO = ZoneId.of("America/Los_Angeles");
  static final LocalDate DAY = LocalDate.of(2027, 6, 14);
  static final Instant MORNING = Instant.parse("2027-03-01T18:00:00Z");

  RosterStub roster = new RosterStub();
  Cascade cascade =
      new Cascade(
          new ResponseWindows(
              new ResponseWindows.Settings(
                  Duration.ofHours(2), Duration.ofHours(2), Duration.ofMinutes(5), 12),
              new ResponseWindows.QuietHours(
                  true, LocalTime.of(21, 0), LocalTime.of(7, 0), Duration.ofHours(12))));
  Answers answers = cascade.answers();

  @Test
  void captainsWithTheSameCascadeOrderAreCalledInCrewIdOrder() {
    roster.available("zed", Rank.CAPTAIN, 1, DAY);
    roster.available("amy", Rank.CAPTAIN, 1, DAY);

    Decision booked = book("CH-1", 0, MORNING);

    assertThat(booked.charter().captainQueue()).containsExactly("amy", "zed");
    assertThat(called(booked)).containsExactly("amy");
  }

  @Test
  void theQueueIsFrozenAtBookingAndSomeoneNoLongerAvailableIsSkippedWhenReached() {
    roster.available("a", Rank.CAPTAIN, 1, DAY);
    roster.available("b", Rank.CAPTAIN, 2, DAY);
    roster.available("c", Rank.CAPTAIN, 3, DAY);
    Decision booked = book("CH-1", 0, MORNING);
    roster.add("b", Rank.CAPTAIN, 2, DAY, DayAvailability.UNAVAILABLE, null);
    roster.available("d", Rank.CAPTAIN, 0, DAY);

    Decision declined = decline(booked.charter(), "a");

    assertThat(called(declined)).containsExactly("c");
    assertThat(declined.timeline())
        .extracting(TimelineEntry::type, TimelineEntry::crewId)
        .contains(tuple(EntryType.SKIPPED, "b"));
  }

  @Test
  void aTimerDoesNothingBeforeItsDeadlineAndTimesTheCallOutAfter() {
    roster.available("a", Rank.CAPTAIN, 1, DAY);
    roster.available("b", Rank.CAPTAIN, 2, DAY);
    Charter charter = book("CH-1", 0, MORNING).charter();
    Instant deadline = charter.openCalls().get(0).respondBy();

    assertThat(cascade.fireDue(charter, crewing(charter), deadline.minusMillis(1)).changed())
        .isFalse();
    Decision fired = cascade.fireDue(charter, crewing(charter), deadline);

    assertThat(fired.charter().calls(Rank.CAPTAIN).get(0).state()).isEqualTo(CallState.TIMED_OUT);
    assertThat(called(fired)).containsExactly("b");
    assertThat(fired.charter().handledEvents()).containsExactly("booking-CH-1");
  }

  @Test
  void aBookingDuringQuietHoursCallsNobodyUntilTheMorning() {
    roster.available("a", Rank.CAPTAIN, 1, DAY);
    Instant night = Instant.parse("2027-03-02T06:00:00Z"); // 22:00 in San Diego
    Instant morning = Instant.parse("2027-03-02T15:00:00Z"); // 07:00

    Decision booked = book("CH-1", 0, night);
    assertThat(called(booked)).isEmpty();
    assertThat(booked.charter().status()).isEqualTo(CharterStatus.BOOKED);
    assertThat(booked.charter().nextDeadline()).contains(morning);

    Decision woke = cascade.fireDue(booked.charter(), crewing(booked.charter()), morning);
    assertThat(called(woke)).containsExactly("a");
  }

  @Test
  void nobodyIsCalledForACharterThatHasAlreadyLeft() {
    roster.available("a", Rank.CAPTAIN, 1, DAY);
    Instant afterDeparture = details(0).departure().plusSeconds(60);

    Decision booked = book("CH-1", 0, afterDeparture);

    assertThat(called(booked)).isEmpty();
    assertThat(booked.charter().status()).isEqualTo(CharterStatus.STALLED);
    assertThat(booked.timeline()).anySatisfy(e -> assertThat(e.detail()).contains("already left"));
  }

  @Test
  void theSameEventAppliedTwiceIsRecognisedAsHandled() {
    roster.available("a", Rank.CAPTAIN, 1, DAY);
    Decision booked = book("CH-1", 0, MORNING);

    assertThat(booked.charter().handled("booking-CH-1")).isTrue();
  }

  @Test
  void pairedCrewAreCalledFirstAndALateAcceptWinsTheSeatFromTheirReplacement() {
    roster.available("cap", Rank.CAPTAIN, 1, DAY);
    roster.add("x", Rank.CREW, 5, DAY, DayAvailability.AVAILABLE, "cap");
    roster.available("y", Rank.CREW, 1, DAY);
    roster.available("z", Rank.CREW, 2, DAY);
    Charter charter = book("CH-1", 1, MORNING).charter();
    Decision confirmed = accept(charter, "cap");
    assertThat(called(confirmed)).containsExactly("x");
    Call xCall = confirmed.charter().openCalls(Rank.CREW).get(0);
    Decision timedOut = cascade.fireDue(confirmed.charter(), crewing(charter), xCall.respondBy());
    assertThat(called(timedOut)).containsExactly("y");

    Decision lateX = accept(timedOut.charter(), "x");
    assertThat(lateX.charter().status()).isEqualTo(CharterStatus.STAFFED);
    assertThat(withdrawn(lateX)).containsExactly("y");
    Decision lateY = accept(lateX.charter(), "y");
    assertThat(lateY.events()).isEmpty();
  }

  @Test
  void aCancelledCharterBookedAgainStartsAfreshAndAnOldAcceptIsIgnored() {
    roster.available("a", Rank.CAPTAIN, 1, DAY);
    Charter first = book("CH-1", 0, MORNING).charter();
    Call oldCall = first.openCalls().get(0);
    Charter cancelled =
        new Endings().cancel(first, "cancel-1", "Weather", crewing(first), MORNING).charter();

    Decision again =
        cascade.bookAgain(cancelled, "booking-2", details(0), crewing(cancelled), MORNING);
    assertThat(again.charter().status()).isEqualTo(CharterStatus.CALLING_CAPTAIN);
    assertThat(again.charter().handled("cancel-1")).isTrue();

    Decision stale =
        answers.accept(again.charter(), "acc-1", oldCall.callId(), "a", crewing(first), MORNING);
    assertThat(stale.events()).isEmpty();
    assertThat(stale.timeline()).extracting(TimelineEntry::type).containsExactly(EntryType.IGNORED);
  }

  @Test
  void anAcceptAfterCancellationIsToldItsCallNoLongerStands() {
    roster.available("a", Rank.CAPTAIN, 1, DAY);
    roster.available("b", Rank.CAPTAIN, 2, DAY);
    Charter charter = book("CH-1", 0, MORNING).charter();
    Charter timedOut =
        cascade.fireDue(charter, crewing(charter), MORNING.plus(Duration.ofHours(3))).charter();
    Charter cancelled =
        new Endings().cancel(timedOut, "cancel-1", null, crewing(timedOut), MORNING).charter();

    Decision late = accept(cancelled, "a");

    assertThat(late.events())
        .singleElement()
        .isInstanceOfSatisfying(
            DispatchEvent.CallWithdrawn.class,
            w -> assertThat(w.reason()).isEqualTo(WithdrawalReason.CHARTER_CANCELLED));
  }

  @Test
  void aCaptainHoldingAnOverlappingCharterIsNotCalled() {
    roster.available("busy", Rank.CAPTAIN, 1, DAY);
    roster.available("free", Rank.CAPTAIN, 2, DAY);
    Charter other = book("CH-0", 0, MORNING).charter();
    roster.saved(accept(other, "busy"));

    assertThat(called(book("CH-1", 0, MORNING))).containsExactly("free");
  }

  @Test
  void aBookingOutsideTheSailDateWindowNeverResumesEvenWhenSomeoneBecomesCallable() {
    Decision recorded =
        cascade.bookOutOfRange("CH-9", "booking-CH-9", details(0), crewing("CH-9", 0), MORNING);
    roster.available("late", Rank.CAPTAIN, 1, DAY);

    Decision resumed =
        cascade.resume(
            recorded.charter(), "roster-1", crewing("CH-9", 0), MORNING, null, "late is free");

    assertThat(recorded.charter().stallReason()).isEqualTo(StallReason.SAIL_DATE_OUT_OF_RANGE);
    assertThat(resumed.changed()).isFalse();
    assertThat(called(resumed)).isEmpty();
  }

  private Decision book(String charterId, int crew, Instant now) {
    return cascade.book(
        charterId, "booking-" + charterId, details(crew), List.of(), crewing(charterId, crew), now);
  }

  private Decision accept(Charter charter, String crewId) {
    Call call =
        charter.calls().stream()
            .filter(c -> c.crewId().equals(crewId))
            .reduce((a, b) -> b)
            .orElseThrow();
    return answers.accept(
        charter, "accept-" + call.callId(), call.callId(), crewId, crewing(charter), MORNING);
  }

  private Decision decline(Charter charter, String crewId) {
    Call call =
        charter.openCalls().stream()
            .filter(c -> c.crewId().equals(crewId))
            .findFirst()
            .orElseThrow();
    return answers.decline(
        charter, "decline-" + call.callId(), call.callId(), crewId, crewing(charter), MORNING);
  }

  private Crewing crewing(Charter charter) {
    return new Crewing(charter.charterId(), charter.details(), roster);
  }

  private Crewing crewing(String charterId, int crew) {
    return new Crewing(charterId, details(crew), roster);
  }

  private static CharterDetails details(int crew) {
    return new CharterDetails(
        "Sea Breeze", DAY, LocalTime.of(9, 30), LocalTime.of(13, 30), SAN_DIEGO, 8, crew);
  }

  private static List<String> called(Decision decision) {
    return decision.events().stream()
        .map(
            e ->
                e instanceof DispatchEvent.CaptainCalled c
                    ? c.callee().crewId()
                    : e instanceof DispatchEvent.CrewCalled c ? c.callee().crewId() : null)
        .filter(id -> id != null)
        .toList();
  }

  private static List<String> withdrawn(Decision decision) {
    return decision.events().stream()
        .filter(e -> e instanceof DispatchEvent.CallWithdrawn)
        .map(e -> ((DispatchEvent.CallWithdrawn) e).callee().crewId())
        .toList();
  }
}
