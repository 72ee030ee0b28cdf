package io.crewdispatch.dispatch.status.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.crewdispatch.dispatch.cascade.domain.Call;
import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.CharterDetails;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A charter as JSON: status, who holds the seats (captain is null until one is confirmed), open
 * calls with their deadlines, whether the office paused it, how many seats (captain included) are
 * still to fill and, for one charter, its timeline (left out of month lists).
 */
record CharterView(
    String charterId,
    String status,
    String stallReason,
    String vessel,
    LocalDate sailDate,
    String departureTime,
    String returnTime,
    String timeZone,
    int guestCount,
    int crewRequired,
    PersonView captain,
    List<PersonView> crew,
    List<OpenCallView> openCalls,
    Instant nextCallAt,
    boolean paused,
    int seatsOpen,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<TimelineView> timeline) {

  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  record PersonView(String crewId, String name) {}

  record OpenCallView(String callId, String crewId, String name, String role, Instant respondBy) {}

  record TimelineView(
      Instant at, String type, String crewId, String detail, String sourceEventId) {}

  static CharterView of(Charter c, List<TimelineEntry> timeline) {
    CharterDetails d = c.details();
    return new CharterView(
        c.charterId(),
        c.status().name(),
        c.stallReason() == null ? null : c.stallReason().name(),
        d.vessel(),
        d.sailDate(),
        HOURS.format(d.departureTime()),
        HOURS.format(d.returnTime()),
        d.timeZone().getId(),
        d.guestCount(),
        d.crewRequired(),
        c.captain().map(CharterView::person).orElse(null),
        c.crew().stream().map(CharterView::person).toList(),
        c.openCalls().stream()
            .map(
                call ->
                    new OpenCallView(
                        call.callId(),
                        call.crewId(),
                        call.callee().name(),
                        call.role().name(),
                        call.respondBy()))
            .toList(),
        c.nextCallAt(),
        c.paused(),
        Math.max(0, d.crewRequired() - c.crew().size()) + (c.captain().isEmpty() ? 1 : 0),
        timeline == null
            ? null
            : timeline.stream()
                .map(
                    e ->
                        new TimelineView(
                            e.at(), e.type().name(), e.crewId(), e.detail(), e.sourceEventId()))
                .toList());
  }

  private static PersonView person(Call call) {
    return new PersonView(call.crewId(), call.callee().name());
  }
}
