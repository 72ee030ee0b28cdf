package io.crewdispatch.testsupport;

import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.events.AttemptOutcome;
import io.crewdispatch.events.Availability;
import io.crewdispatch.events.CallAttempt;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.Callee;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.CharterCompleted;
import io.crewdispatch.events.CharterInvoiced;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CharterSummary;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.NotificationFailed;
import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.RosterMember;
import io.crewdispatch.events.StallReason;
import io.crewdispatch.events.StatementKind;
import io.crewdispatch.events.StatementReady;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.TokenDeclined;
import io.crewdispatch.events.WithdrawalReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One valid example of every event, about invented people (example.com addresses only). Each is a
 * fresh mutable record: change what a test cares about with its setters or {@code put}.
 */
public final class Samples {

  public static final Instant NOW = Instant.parse("2026-06-01T16:00:00Z");
  public static final LocalDate SAIL_DATE = LocalDate.of(2026, 6, 14);

  private Samples() {}

  public static String eventId() {
    return UUID.randomUUID().toString();
  }

  public static CharterSummary charterSummary() {
    return CharterSummary.newBuilder()
        .setVessel("Sea Breeze")
        .setSailDate(SAIL_DATE)
        .setDepartureTime(LocalTime.of(9, 30))
        .setReturnTime(LocalTime.of(13, 30))
        .setTimeZone("America/Los_Angeles")
        .setGuestCount(8)
        .build();
  }

  public static Callee captain(String crewId) {
    return Callee.newBuilder()
        .setCrewId(crewId)
        .setName("Alex Marlow")
        .setEmail(crewId + "@example.com")
        .setPhone("+1 555 0100")
        .setRank(Rank.CAPTAIN)
        .build();
  }

  public static Callee crew(String crewId) {
    return Callee.newBuilder()
        .setCrewId(crewId)
        .setName("Jordan Reef")
        .setEmail(crewId + "@example.com")
        .setPhone(null)
        .setRank(Rank.CREW)
        .build();
  }

  public static CharterBooked charterBooked(String charterId) {
    return CharterBooked.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setCharterId(charterId)
        .setVessel("Sea Breeze")
        .setSailDate(SAIL_DATE)
        .setDepartureTime(LocalTime.of(9, 30))
        .setReturnTime(LocalTime.of(13, 30))
        .setTimeZone("America/Los_Angeles")
        .setGuestCount(8)
        .setCrewRequired(2)
        .setTotalRevenue(new BigDecimal("4250.00"))
        .setCustomerName("Pat Example")
        .setNotes("Birthday party, cake on board")
        .setSource("test")
        .build();
  }

  public static CharterCancelled charterCancelled(String charterId) {
    return CharterCancelled.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setCharterId(charterId)
        .setReason("Weather")
        .build();
  }

  public static CharterCompleted charterCompleted(String charterId) {
    return CharterCompleted.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setCharterId(charterId)
        .build();
  }

  public static CharterInvoiced charterInvoiced(String charterId) {
    return CharterInvoiced.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setCharterId(charterId)
        .setInvoiceId("INV-" + charterId)
        .setInvoicedAmount(new BigDecimal("4250.00"))
        .build();
  }

  public static CaptainCalled captainCalled(String charterId) {
    return CaptainCalled.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setCallId("call-" + UUID.randomUUID())
        .setCharterId(charterId)
        .setCallee(captain("alex-marlow"))
        .setAttempt(1)
        .setRespondBy(NOW.plusSeconds(7200))
        .setCharter(charterSummary())
        .build();
  }

  public static CrewCalled crewCalled(String charterId) {
    return CrewCalled.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setCallId("call-" + UUID.randomUUID())
        .setCharterId(charterId)
        .setCallee(crew("jordan-reef"))
        .setCaptainId("alex-marlow")
        .setRespondBy(NOW.plusSeconds(7200))
        .setCharter(charterSummary())
        .build();
  }

  public static CallWithdrawn callWithdrawn(String charterId) {
    return CallWithdrawn.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setCallId("call-" + UUID.randomUUID())
        .setCharterId(charterId)
        .setCallee(captain("alex-marlow"))
        .setReason(WithdrawalReason.FILLED_BY_OTHER)
        .setCharter(charterSummary())
        .build();
  }

  public static CaptainConfirmed captainConfirmed(String charterId) {
    return CaptainConfirmed.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setCharterId(charterId)
        .setCallId("call-" + UUID.randomUUID())
        .setCaptain(captain("alex-marlow"))
        .setCharter(charterSummary())
        .build();
  }

  public static CharterStaffed charterStaffed(String charterId) {
    return CharterStaffed.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setCharterId(charterId)
        .setCaptain(captain("alex-marlow"))
        .setCrew(List.of(crew("jordan-reef"), crew("sam-tide")))
        .setCharter(charterSummary())
        .build();
  }

  public static CascadeStalled cascadeStalled(String charterId) {
    return CascadeStalled.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setCharterId(charterId)
        .setReason(StallReason.CAPTAINS_EXHAUSTED)
        .setAttempts(
            List.of(
                CallAttempt.newBuilder()
                    .setCrewId("alex-marlow")
                    .setName("Alex Marlow")
                    .setCalledAt(NOW)
                    .setOutcome(AttemptOutcome.DECLINED)
                    .build(),
                CallAttempt.newBuilder()
                    .setCrewId("casey-harbor")
                    .setName("Casey Harbor")
                    .setCalledAt(NOW.plusSeconds(60))
                    .setOutcome(AttemptOutcome.TIMED_OUT)
                    .build()))
        .setCharter(charterSummary())
        .build();
  }

  public static AcceptLinkIssued acceptLinkIssued(String charterId) {
    return AcceptLinkIssued.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setCallId("call-" + UUID.randomUUID())
        .setCharterId(charterId)
        .setRole(Rank.CAPTAIN)
        .setRecipient(captain("alex-marlow"))
        .setAcceptUrl("http://localhost:8081/crew/accept?token=cd1_sample")
        .setDeclineUrl("http://localhost:8081/crew/decline?token=cd1_sample2")
        .setExpiresAt(NOW.plusSeconds(9000))
        .setRespondBy(NOW.plusSeconds(7200))
        .setCharter(charterSummary())
        .build();
  }

  public static TokenAccepted tokenAccepted(String charterId) {
    return TokenAccepted.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setCallId("call-" + UUID.randomUUID())
        .setCharterId(charterId)
        .setCrewId("alex-marlow")
        .setRole(Rank.CAPTAIN)
        .build();
  }

  public static TokenDeclined tokenDeclined(String charterId) {
    return TokenDeclined.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setCallId("call-" + UUID.randomUUID())
        .setCharterId(charterId)
        .setCrewId("alex-marlow")
        .setRole(Rank.CAPTAIN)
        .build();
  }

  public static RosterMember rosterMember(String crewId, Rank rank, int cascadeOrder) {
    return RosterMember.newBuilder()
        .setCrewId(crewId)
        .setName("Morgan Keel")
        .setRank(rank)
        .setEmail(crewId + "@example.com")
        .setPhone(null)
        .setCascadeOrder(cascadeOrder)
        .setActive(true)
        .setAvailability(Map.of(SAIL_DATE.toString(), Availability.AVAILABLE))
        .setPairedCaptainByMonth(Map.of())
        .build();
  }

  public static RosterChanged rosterChanged(String crewId) {
    return RosterChanged.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setCrewId(crewId)
        .setMember(rosterMember(crewId, Rank.CAPTAIN, 1))
        .build();
  }

  public static StatementReady statementReady(String month) {
    return StatementReady.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setMonth(month)
        .setKind(StatementKind.OPS_SUMMARY)
        .setCaptainId(null)
        .setRecipients(List.of("office@example.com"))
        .setFileName("statement-" + month + ".xlsx")
        .setDriveFileId(null)
        .setWebViewLink(null)
        .setContent(null)
        .build();
  }

  public static NotificationSent notificationSent(String sourceEventId) {
    return NotificationSent.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setSourceEventId(sourceEventId)
        .setCharterId("CH-1001")
        .setKind("CALL")
        .setRecipients(List.of("alex-marlow@example.com"))
        .setMessageId("<m1@example.com>")
        .setError(null)
        .build();
  }

  public static NotificationFailed notificationFailed(String sourceEventId) {
    return NotificationFailed.newBuilder()
        .setEventId(eventId())
        .setOccurredAt(NOW)
        .setSourceEventId(sourceEventId)
        .setCharterId("CH-1001")
        .setKind("CALL")
        .setRecipients(List.of("alex-marlow@example.com"))
        .setMessageId(null)
        .setError("550 mailbox unavailable")
        .build();
  }
}
