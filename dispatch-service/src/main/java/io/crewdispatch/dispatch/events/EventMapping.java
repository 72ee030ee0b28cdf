package io.crewdispatch.dispatch.events;

import io.crewdispatch.dispatch.cascade.application.BookedCharter;
import io.crewdispatch.dispatch.cascade.domain.CharterDetails;
import io.crewdispatch.dispatch.roster.domain.Channel;
import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.DayAvailability;
import io.crewdispatch.dispatch.roster.domain.Rank;
import io.crewdispatch.dispatch.roster.domain.RosterUpdate;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.RosterMember;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Avro records to the domain's records. What can never be handled (a zone that does not exist, a
 * charter that returns before it leaves) is refused here and goes to the dead-letter topic.
 */
final class EventMapping {

  private EventMapping() {}

  static BookedCharter booked(CharterBooked e) {
    if (!e.getReturnTime().isAfter(e.getDepartureTime())) {
      throw invalid("returnTime is not after departureTime");
    }
    if (e.getCrewRequired() < 0 || e.getGuestCount() < 0) {
      throw invalid("crewRequired and guestCount must not be negative");
    }
    CharterDetails details =
        new CharterDetails(
            e.getVessel(),
            e.getSailDate(),
            e.getDepartureTime(),
            e.getReturnTime(),
            zone(e.getTimeZone()),
            e.getGuestCount(),
            e.getCrewRequired());
    return new BookedCharter(e.getEventId(), e.getOccurredAt(), e.getCharterId(), details);
  }

  static RosterUpdate rosterUpdate(RosterChanged e) {
    RosterMember m = e.getMember();
    if (!e.getCrewId().equals(m.getCrewId())) {
      throw invalid("crewId " + e.getCrewId() + " differs from member.crewId");
    }
    Map<LocalDate, DayAvailability> availability = new HashMap<>();
    Map<YearMonth, String> paired = new HashMap<>();
    Map<String, LocalDate> certificates = new HashMap<>();
    try {
      m.getAvailability()
          .forEach(
              (day, answer) ->
                  availability.put(LocalDate.parse(day), DayAvailability.valueOf(answer.name())));
      m.getPairedCaptainByMonth()
          .forEach((month, captain) -> paired.put(YearMonth.parse(month), captain));
      m.getCertificates()
          .forEach((name, expiry) -> certificates.put(name, LocalDate.parse(expiry)));
    } catch (DateTimeException notIso) {
      throw invalid("member has a date or month that is not ISO: " + notIso.getMessage());
    }
    CrewMember member =
        new CrewMember(
            m.getCrewId(),
            m.getName(),
            Rank.valueOf(m.getRank().name()),
            m.getEmail(),
            m.getPhone(),
            m.getCascadeOrder(),
            m.getActive(),
            availability,
            paired,
            Channel.valueOf(m.getChannel().name()),
            certificates);
    return new RosterUpdate(e.getEventId(), e.getOccurredAt(), member);
  }

  static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw invalid("timeZone " + id + " is not an IANA zone");
    }
  }

  private static NonRetryableEventException invalid(String why) {
    return new NonRetryableEventException("Invalid event: " + why);
  }
}
