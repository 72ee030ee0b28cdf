package io.crewdispatch.console.board.kafka;

import static io.crewdispatch.platform.kafka.EventChecks.requireText;

import io.crewdispatch.console.board.application.RecordBoardEvent;
import io.crewdispatch.console.board.domain.Member;
import io.crewdispatch.console.board.domain.OpenCall;
import io.crewdispatch.console.board.domain.PortalAnswer;
import io.crewdispatch.events.Availability;
import io.crewdispatch.events.AvailabilitySet;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.RosterMember;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** roster-members and portal-events: who is on the roster, and what they said about their days. */
@Component
@KafkaListener(
    topics = {"roster-members", "portal-events"},
    id = "console-roster",
    idIsGroup = false)
class RosterListener {

  private final RecordBoardEvent board;

  RosterListener(RecordBoardEvent board) {
    this.board = board;
  }

  @KafkaHandler
  void on(RosterChanged e) {
    RosterMember m = e.getMember();
    if (m == null || e.getOccurredAt() == null) {
      throw new NonRetryableEventException("Invalid event: member or occurredAt is missing");
    }
    try {
      Map<YearMonth, String> paired = new LinkedHashMap<>();
      m.getPairedCaptainByMonth().forEach((k, v) -> paired.put(YearMonth.parse(k), v));
      Map<String, LocalDate> certificates = new LinkedHashMap<>();
      m.getCertificates().forEach((k, v) -> certificates.put(k, LocalDate.parse(v)));
      board.record(
          new Member(
              requireText(e.getCrewId(), "crewId"),
              m.getName(),
              OpenCall.Role.valueOf(m.getRank().name()),
              m.getActive(),
              days(m.getAvailability()),
              paired,
              certificates,
              e.getOccurredAt()));
    } catch (DateTimeParseException | IllegalArgumentException e2) {
      throw new NonRetryableEventException("Invalid event: " + e2.getMessage(), e2);
    }
  }

  @KafkaHandler
  void on(AvailabilitySet e) {
    try {
      board.record(
          new PortalAnswer(
              requireText(e.getCrewId(), "crewId"),
              requireText(e.getEventId(), "eventId"),
              days(e.getDays()),
              e.getSetAt()));
    } catch (DateTimeParseException bad) {
      throw new NonRetryableEventException("Invalid event: " + bad.getMessage(), bad);
    }
  }

  private static Map<LocalDate, Boolean> days(Map<String, Availability> days) {
    Map<LocalDate, Boolean> out = new LinkedHashMap<>();
    days.forEach((day, a) -> out.put(LocalDate.parse(day), a == Availability.AVAILABLE));
    return out;
  }
}
