package io.crewdispatch.auth.link.web;

import io.crewdispatch.auth.link.domain.Charter;
import io.crewdispatch.auth.link.domain.Role;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A charter as people read it: in the charter's own time zone, never the server's. */
public record CharterText(
    String vessel, String date, String departure, String returns, String role, int guests) {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.US);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("h:mm a zzz", Locale.US);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a zzz", Locale.US);

  public static CharterText of(Charter charter, Role role) {
    ZonedDateTime departs =
        charter.sailDate().atTime(charter.departureTime()).atZone(charter.timeZone());
    ZonedDateTime returns =
        charter.sailDate().atTime(charter.returnTime()).atZone(charter.timeZone());
    return new CharterText(
        charter.vessel(),
        DATE.format(departs),
        TIME.format(departs),
        TIME.format(returns),
        role == Role.CAPTAIN ? "Captain" : "Crew",
        charter.guestCount());
  }

  /** A moment (an answer, an expiry) in the charter's time zone. */
  public static String moment(Instant instant, Charter charter) {
    return MOMENT.format(instant.atZone(charter.timeZone()));
  }
}
