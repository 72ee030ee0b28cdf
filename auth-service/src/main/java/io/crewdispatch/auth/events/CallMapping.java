package io.crewdispatch.auth.events;

import io.crewdispatch.auth.link.domain.Call;
import io.crewdispatch.auth.link.domain.Charter;
import io.crewdispatch.auth.link.domain.Revocation;
import io.crewdispatch.auth.link.domain.Role;
import io.crewdispatch.events.Callee;
import io.crewdispatch.events.CharterSummary;
import io.crewdispatch.events.WithdrawalReason;
import io.crewdispatch.platform.kafka.EventChecks;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

/** Avro to domain for the events auth-service consumes; a record that cannot map is dead. */
final class CallMapping {

  private CallMapping() {}

  static Call call(
      String callId,
      String charterId,
      Callee callee,
      Role role,
      Instant calledAt,
      Instant respondBy,
      CharterSummary charter) {
    EventChecks.requireText(callId, "callId");
    EventChecks.requireText(charterId, "charterId");
    if (callee == null || calledAt == null || respondBy == null || charter == null) {
      throw new NonRetryableEventException(
          "Invalid event: callee, occurredAt, respondBy or charter missing");
    }
    EventChecks.requireText(callee.getCrewId(), "callee.crewId");
    var recipient =
        new Call.Recipient(
            callee.getCrewId(),
            callee.getName(),
            callee.getEmail(),
            callee.getPhone(),
            Role.valueOf(callee.getRank().name()));
    return new Call(callId, charterId, recipient, role, calledAt, respondBy, charter(charter));
  }

  static Revocation revocation(WithdrawalReason reason) {
    if (reason == null) {
      throw new NonRetryableEventException("Invalid event: reason is missing");
    }
    return Revocation.valueOf(reason.name());
  }

  static Charter charter(CharterSummary summary) {
    EventChecks.requireText(summary.getVessel(), "charter.vessel");
    return new Charter(
        summary.getVessel(),
        summary.getSailDate(),
        summary.getDepartureTime(),
        summary.getReturnTime(),
        zone(summary.getTimeZone()),
        summary.getGuestCount());
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(EventChecks.requireText(id, "charter.timeZone"));
    } catch (DateTimeException e) {
      throw new NonRetryableEventException("Invalid event: charter.timeZone " + id, e);
    }
  }
}
