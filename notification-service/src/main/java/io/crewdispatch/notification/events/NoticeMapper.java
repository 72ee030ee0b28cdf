package io.crewdispatch.notification.events;

import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.Callee;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CertificateExpiring;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CharterSummary;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.IntegrationStateChanged;
import io.crewdispatch.events.PortalLinkIssued;
import io.crewdispatch.events.SeatReleased;
import io.crewdispatch.events.StatementKind;
import io.crewdispatch.events.StatementReady;
import io.crewdispatch.notification.delivery.domain.CallNotice;
import io.crewdispatch.notification.delivery.domain.CertificateNotice;
import io.crewdispatch.notification.delivery.domain.Charter;
import io.crewdispatch.notification.delivery.domain.ConfirmationNotice;
import io.crewdispatch.notification.delivery.domain.IntegrationAlertNotice;
import io.crewdispatch.notification.delivery.domain.Person;
import io.crewdispatch.notification.delivery.domain.PortalLinkNotice;
import io.crewdispatch.notification.delivery.domain.Reach;
import io.crewdispatch.notification.delivery.domain.ReleaseNotice;
import io.crewdispatch.notification.delivery.domain.Role;
import io.crewdispatch.notification.delivery.domain.StaffedNotice;
import io.crewdispatch.notification.delivery.domain.StallNotice;
import io.crewdispatch.notification.delivery.domain.StatementNotice;
import io.crewdispatch.notification.delivery.domain.WithdrawalNotice;
import io.crewdispatch.notification.delivery.domain.WithdrawalReason;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Avro events to domain notices. Checks what the notice cannot do without; a value that can never
 * be used (a blank id, an unknown time zone, a bad month) makes the event go to its dead-letter
 * topic.
 */
final class NoticeMapper {

  private NoticeMapper() {}

  static CallNotice call(AcceptLinkIssued event) {
    return new CallNotice(
        text(event.getEventId(), "eventId"),
        text(event.getCallId(), "callId"),
        person(event.getRecipient(), Role.valueOf(event.getRole().name())),
        charter(text(event.getCharterId(), "charterId"), event.getCharter()),
        text(event.getAcceptUrl(), "acceptUrl"),
        text(event.getDeclineUrl(), "declineUrl"),
        event.getRespondBy(),
        event.getExpiresAt());
  }

  static PortalLinkNotice portalLink(PortalLinkIssued event) {
    Callee recipient = event.getRecipient();
    text(event.getCrewId(), "crewId");
    if (recipient == null || !event.getCrewId().equals(recipient.getCrewId())) {
      throw new NonRetryableEventException("Invalid event: recipient is not crewId's member");
    }
    return new PortalLinkNotice(
        text(event.getEventId(), "eventId"),
        person(recipient),
        text(event.getPortalUrl(), "portalUrl"),
        text(event.getReason(), "reason"));
  }

  static CertificateNotice certificate(CertificateExpiring event) {
    if (event.getExpiresOn() == null || event.getRank() == null) {
      throw new NonRetryableEventException("Invalid event: expiresOn or rank is missing");
    }
    return new CertificateNotice(
        text(event.getEventId(), "eventId"),
        text(event.getCrewId(), "crewId"),
        text(event.getName(), "name"),
        Role.valueOf(event.getRank().name()),
        text(event.getCertificate(), "certificate"),
        event.getExpiresOn());
  }

  static IntegrationAlertNotice integration(IntegrationStateChanged event) {
    if (event.getIntegration() == null || event.getState() == null || event.getSince() == null) {
      throw new NonRetryableEventException("Invalid event: integration, state or since is missing");
    }
    String whatToDo = event.getWhatToDo();
    return new IntegrationAlertNotice(
        text(event.getEventId(), "eventId"),
        text(event.getService(), "service"),
        event.getIntegration().name(),
        event.getState().name(),
        event.getDetail() == null ? "" : event.getDetail(),
        event.getSince(),
        whatToDo == null || whatToDo.isBlank() ? null : whatToDo);
  }

  static WithdrawalNotice withdrawal(CallWithdrawn event) {
    return new WithdrawalNotice(
        text(event.getEventId(), "eventId"),
        text(event.getCallId(), "callId"),
        person(event.getCallee()),
        charter(text(event.getCharterId(), "charterId"), event.getCharter()),
        WithdrawalReason.valueOf(event.getReason().name()),
        event.getOccurredAt());
  }

  static ReleaseNotice release(SeatReleased event) {
    if (event.getReason() == null) {
      throw new NonRetryableEventException("Invalid event: reason is missing");
    }
    return new ReleaseNotice(
        text(event.getEventId(), "eventId"),
        person(event.getPerson()),
        charter(text(event.getCharterId(), "charterId"), event.getCharter()),
        ReleaseNotice.ReleaseReason.valueOf(event.getReason().name()),
        event.getOccurredAt());
  }

  static ConfirmationNotice confirmation(CaptainConfirmed event) {
    return new ConfirmationNotice(
        text(event.getEventId(), "eventId"),
        person(event.getCaptain()),
        charter(text(event.getCharterId(), "charterId"), event.getCharter()),
        event.getOccurredAt());
  }

  static ConfirmationNotice confirmation(CrewConfirmed event) {
    return new ConfirmationNotice(
        text(event.getEventId(), "eventId"),
        person(event.getCrew()),
        charter(text(event.getCharterId(), "charterId"), event.getCharter()),
        event.getOccurredAt());
  }

  static StaffedNotice staffed(CharterStaffed event) {
    return new StaffedNotice(
        text(event.getEventId(), "eventId"),
        person(event.getCaptain()),
        event.getCrew().stream().map(NoticeMapper::person).toList(),
        charter(text(event.getCharterId(), "charterId"), event.getCharter()));
  }

  static StallNotice stall(CascadeStalled event) {
    return new StallNotice(
        text(event.getEventId(), "eventId"),
        charter(text(event.getCharterId(), "charterId"), event.getCharter()),
        StallNotice.Reason.valueOf(event.getReason().name()),
        event.getAttempts().stream()
            .map(
                a ->
                    new StallNotice.Attempt(
                        a.getCrewId(),
                        a.getName(),
                        a.getCalledAt(),
                        StallNotice.Outcome.valueOf(a.getOutcome().name())))
            .toList());
  }

  static StatementNotice statement(StatementReady event) {
    YearMonth month;
    try {
      month = YearMonth.parse(text(event.getMonth(), "month"));
    } catch (DateTimeException e) {
      throw new NonRetryableEventException("Invalid event: month is not yyyy-MM", e);
    }
    return new StatementNotice(
        text(event.getEventId(), "eventId"),
        month,
        event.getKind() == StatementKind.OPS_SUMMARY,
        event.getKind() == StatementKind.CREW,
        event.getCaptainId(),
        event.getRecipients(),
        text(event.getFileName(), "fileName"),
        event.getWebViewLink(),
        bytes(event.getContent()),
        event.getCorrected(),
        event.getChanges() == null ? java.util.List.of() : event.getChanges(),
        event.getPayrollFileName(),
        bytes(event.getPayrollCsv()));
  }

  private static byte[] bytes(ByteBuffer content) {
    if (content == null) {
      return null;
    }
    byte[] bytes = new byte[content.remaining()];
    content.duplicate().get(bytes);
    return bytes;
  }

  static Person person(Callee callee) {
    return person(callee, Role.valueOf(callee.getRank().name()));
  }

  private static Person person(Callee callee, Role role) {
    return new Person(
        text(callee.getCrewId(), "crewId"),
        callee.getName(),
        callee.getEmail(),
        callee.getPhone(),
        role,
        callee.getChannel() == null ? Reach.EMAIL : Reach.valueOf(callee.getChannel().name()));
  }

  static Charter charter(String rawCharterId, CharterSummary summary) {
    String charterId = text(rawCharterId, "charterId");
    ZoneId zone;
    try {
      zone = ZoneId.of(text(summary.getTimeZone(), "charter.timeZone"));
    } catch (DateTimeException e) {
      throw new NonRetryableEventException("Invalid event: charter.timeZone is not a time zone", e);
    }
    return new Charter(
        charterId,
        summary.getVessel(),
        summary.getSailDate(),
        summary.getDepartureTime(),
        summary.getReturnTime(),
        zone,
        summary.getGuestCount());
  }

  private static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new NonRetryableEventException("Invalid event: " + field + " is blank");
    }
    return value;
  }
}
