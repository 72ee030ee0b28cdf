package io.crewdispatch.notification.delivery.templates;

import io.crewdispatch.notification.delivery.domain.Charter;
import io.crewdispatch.notification.delivery.domain.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * How dates and times read in email: always in the charter's own time zone (or the office's), with
 * the zone's abbreviation so nobody has to guess.
 */
final class MailFormats {

  private static final Locale LOCALE = Locale.US;
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", LOCALE);
  private static final DateTimeFormatter SHORT_DATE =
      DateTimeFormatter.ofPattern("EEE MMM d", LOCALE);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", LOCALE);
  private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", LOCALE);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("EEE MMM d 'at' h:mm a zzz", LOCALE);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", LOCALE);

  private MailFormats() {}

  /** A charter's facts, formatted once for both the HTML and the text template. */
  record CharterView(
      String charterId,
      String vessel,
      String date,
      String shortDate,
      String departure,
      String returnTime,
      String zone,
      int guests) {

    /** Templates read maps: OGNL, Thymeleaf's expression language here, predates records. */
    Map<String, Object> asMap() {
      return Map.of(
          "charterId", charterId,
          "vessel", vessel,
          "date", date,
          "shortDate", shortDate,
          "departure", departure,
          "returnTime", returnTime,
          "zone", zone,
          "guests", guests);
    }
  }

  /** A person as templates read them; {@code phone} is blank when the roster has none. */
  static Map<String, Object> person(Person person) {
    return Map.of(
        "crewId", person.crewId(),
        "name", person.name(),
        "firstName", person.firstName(),
        "phone", person.phone() == null ? "" : person.phone());
  }

  static CharterView charter(Charter charter) {
    ZonedDateTime departs = charter.sailDate().atTime(charter.departure()).atZone(charter.zone());
    return new CharterView(
        charter.charterId(),
        charter.vessel(),
        LONG_DATE.format(charter.sailDate()),
        SHORT_DATE.format(charter.sailDate()),
        TIME.format(charter.departure()),
        TIME.format(charter.returnTime()),
        ZONE.format(departs),
        charter.guests());
  }

  /** An instant as the people in {@code zone} read it: "Mon Jun 1 at 11:00 AM PDT". */
  static String moment(Instant instant, ZoneId zone) {
    return MOMENT.format(instant.atZone(zone));
  }

  /** A day with no time: "Wednesday, July 1, 2026". */
  static String day(LocalDate day) {
    return LONG_DATE.format(day);
  }

  /** A day in a subject line: "Wed Jul 1". */
  static String shortDay(LocalDate day) {
    return SHORT_DATE.format(day);
  }

  static String month(YearMonth month) {
    return MONTH.format(month);
  }
}
