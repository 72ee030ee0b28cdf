package io.crewdispatch.notification.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.notification.delivery.domain.Charter;
import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.domain.Person;
import io.crewdispatch.notification.delivery.domain.Role;
import io.crewdispatch.notification.support.TestProperties;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/**
 * The invitation read back with ical4j, as a calendar would read it: local times, zone and instants
 * exactly right on the days the clocks change, and the UID and SEQUENCE that tie a cancellation to
 * its invitation.
 */
class CharterInvitationsTest {

  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  static final Person CAPTAIN =
      new Person("alex-marlow", "Alex Marlow", "alex-marlow@example.com", null, Role.CAPTAIN);
  static final Instant CONFIRMED = Instant.parse("2026-10-20T17:00:00Z");

  CharterInvitations invitations = new CharterInvitations(TestProperties.defaults());

  @Test
  void aCharterAcrossTheNovemberFallBackKeepsItsLocalTimesAndLastsFourAndAHalfHours()
      throws Exception {
    // 2026-11-01: at 02:00 PDT the clocks go back to 01:00 PST, so 00:30 -> 04:00 is 4.5 hours.
    Charter charter = charter("CH-NOV", LocalDate.of(2026, 11, 1), "00:30", "04:00");

    VEvent event = event(parse(invitations.request(charter, CAPTAIN, CONFIRMED)));

    assertThat(param(event.getProperty("DTSTART").orElseThrow(), "TZID"))
        .isEqualTo("America/Los_Angeles");
    assertThat(param(event.getProperty("DTEND").orElseThrow(), "TZID"))
        .isEqualTo("America/Los_Angeles");
    ZonedDateTime start = (ZonedDateTime) event.getStartDate().orElseThrow().getDate();
    ZonedDateTime end = (ZonedDateTime) event.getEndDate().orElseThrow().getDate();
    assertThat(start.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 1, 0, 30));
    assertThat(end.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 1, 4, 0));
    assertThat(start.toInstant()).isEqualTo(Instant.parse("2026-11-01T07:30:00Z")); // PDT
    assertThat(end.toInstant()).isEqualTo(Instant.parse("2026-11-01T12:00:00Z")); // PST
    assertThat(Duration.between(start, end)).isEqualTo(Duration.ofMinutes(270));
  }

  @Test
  void aCharterAcrossTheMarchSpringForwardLastsThreeHours() throws Exception {
    // 2026-03-08: at 02:00 PST the clocks jump to 03:00 PDT, so 01:00 -> 05:00 is 3 hours.
    Charter charter = charter("CH-MAR", LocalDate.of(2026, 3, 8), "01:00", "05:00");

    VEvent event =
        event(parse(invitations.request(charter, CAPTAIN, Instant.parse("2026-03-01T17:00:00Z"))));

    ZonedDateTime start = (ZonedDateTime) event.getStartDate().orElseThrow().getDate();
    ZonedDateTime end = (ZonedDateTime) event.getEndDate().orElseThrow().getDate();
    assertThat(start.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 8, 1, 0));
    assertThat(end.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 8, 5, 0));
    assertThat(start.toInstant()).isEqualTo(Instant.parse("2026-03-08T09:00:00Z")); // PST
    assertThat(end.toInstant()).isEqualTo(Instant.parse("2026-03-08T12:00:00Z")); // PDT
  }

  @Test
  void theFileCarriesTheZonesYearlyRulesAsEveryCalendarReadsThem() throws Exception {
    Charter charter = charter("CH-NOV", LocalDate.of(2026, 11, 1), "00:30", "04:00");

    Calendar calendar = parse(invitations.request(charter, CAPTAIN, CONFIRMED));

    VTimeZone zone = (VTimeZone) calendar.getComponent("VTIMEZONE").orElseThrow();
    assertThat(zone.getProperty("TZID").orElseThrow().getValue()).isEqualTo("America/Los_Angeles");
    assertThat(zone.getObservances())
        .extracting(
            o ->
                o.getName()
                    + " "
                    + o.getProperty("TZOFFSETFROM").orElseThrow().getValue()
                    + ">"
                    + o.getProperty("TZOFFSETTO").orElseThrow().getValue()
                    + " "
                    + o.getProperty("TZNAME").orElseThrow().getValue()
                    + " "
                    + o.getProperty("RRULE").orElseThrow().getValue())
        .containsExactlyInAnyOrder(
            "DAYLIGHT -0800>-0700 PDT FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "STANDARD -0700>-0800 PST FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
  }

  @Test
  void anInvitationIsARequestFromTheOfficeToThePersonForThatSeat() throws Exception {
    Charter charter = charter("CH-1001", LocalDate.of(2026, 6, 14), "09:30", "13:30");

    Calendar calendar = parse(invitations.request(charter, CAPTAIN, CONFIRMED));
    VEvent event = event(calendar);

    assertThat(value(calendar, "METHOD")).isEqualTo("REQUEST");
    assertThat(value(event, "UID")).isEqualTo("charter-CH-1001-alex-marlow@example.com");
    assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
    assertThat(value(event, "DTSTAMP")).isEqualTo("20261020T170000Z");
    assertThat(value(event, "SUMMARY")).isEqualTo("Sea Breeze charter (captain)");
    assertThat(value(event, "ORGANIZER")).isEqualTo("mailto:office@example.com");
    assertThat(value(event, "ATTENDEE")).isEqualTo("mailto:alex-marlow@example.com");
    assertThat(param(event.getProperty("ATTENDEE").orElseThrow(), "CN")).isEqualTo("Alex Marlow");
  }

  @Test
  void aCancellationNamesTheSameEntryWithAHigherSequence() throws Exception {
    Charter charter = charter("CH-1001", LocalDate.of(2026, 6, 14), "09:30", "13:30");

    VEvent invited = event(parse(invitations.request(charter, CAPTAIN, CONFIRMED)));
    Calendar cancellation = parse(invitations.cancel(charter, CAPTAIN, CONFIRMED));
    VEvent cancelled = event(cancellation);
    VEvent invitedAgain =
        event(parse(invitations.request(charter, CAPTAIN, CONFIRMED.plusSeconds(1))));

    assertThat(value(cancellation, "METHOD")).isEqualTo("CANCEL");
    assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
    assertThat(value(cancelled, "UID")).isEqualTo(value(invited, "UID"));
    assertThat(sequence(cancelled))
        .as("a cancellation in the same second as its invitation still wins")
        .isGreaterThan(sequence(invited));
    assertThat(sequence(invitedAgain))
        .as("confirmed again a second later: the new invitation wins")
        .isGreaterThan(sequence(cancelled));
    assertThat(value(invitedAgain, "UID")).isEqualTo(value(invited, "UID"));
  }

  @Test
  void theSameEventWritesTheSameBytesSoAResendIsTheSameMessage() {
    Charter charter = charter("CH-1001", LocalDate.of(2026, 6, 14), "09:30", "13:30");

    assertThat(invitations.request(charter, CAPTAIN, CONFIRMED).content())
        .isEqualTo(invitations.request(charter, CAPTAIN, CONFIRMED).content());
  }

  private static Charter charter(String id, LocalDate day, String from, String to) {
    return new Charter(
        id, "Sea Breeze", day, LocalTime.parse(from), LocalTime.parse(to), LOS_ANGELES, 8);
  }

  private static Calendar parse(Email.CalendarPart part) throws Exception {
    return new CalendarBuilder().build(new ByteArrayInputStream(part.content()));
  }

  private static VEvent event(Calendar calendar) {
    return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
  }

  private static String value(Calendar calendar, String name) {
    return calendar.getProperty(name).map(Property::getValue).orElseThrow();
  }

  private static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElseThrow();
  }

  private static int sequence(VEvent event) {
    return Integer.parseInt(value(event, "SEQUENCE"));
  }

  private static String param(Property property, String name) {
    return property.getParameter(name).map(Parameter::getValue).orElseThrow();
  }
}
