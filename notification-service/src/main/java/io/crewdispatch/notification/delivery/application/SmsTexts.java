package io.crewdispatch.notification.delivery.application;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.domain.CallNotice;
import io.crewdispatch.notification.delivery.domain.Charter;
import io.crewdispatch.notification.delivery.domain.Role;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The one line an SMS carries: who it is from, the charter (vessel, date, local times in the
 * charter's zone) and the link. Kept short: one SMS segment is 160 characters, the links alone take
 * most of two.
 */
@Component
public class SmsTexts {

  private static final Locale LOCALE = Locale.US;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE MMM d", LOCALE);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", LOCALE);
  private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", LOCALE);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE h:mm a", LOCALE);

  private final String company;

  SmsTexts(NotificationProperties properties) {
    this.company = properties.companyName();
  }

  /** The call itself, or its follow-up when the email went unanswered. */
  public String call(CallNotice call, boolean followUp) {
    String who = call.recipient().role() == Role.CAPTAIN ? "Captain" : "Crew";
    String lead = followUp ? "Still needed: " + who.toLowerCase(LOCALE) : who + " needed";
    return company
        + ": "
        + lead
        + " on "
        + charter(call.charter())
        + ". Answer by "
        + ZonedDateTime.ofInstant(call.respondBy(), call.charter().zone()).format(MOMENT)
        + ". Accept: "
        + call.acceptUrl()
        + " Decline: "
        + call.declineUrl();
  }

  /** The day-before reminder. */
  public String reminder(Charter charter, Role role) {
    return company
        + ": Reminder, you sail tomorrow as "
        + (role == Role.CAPTAIN ? "captain" : "crew")
        + " on "
        + charter(charter)
        + ".";
  }

  /** Vessel, date and local times: {@code Sea Breeze, Sun Jun 14, 9:30 AM-1:30 PM PDT}. */
  static String charter(Charter charter) {
    ZonedDateTime start = charter.sailDate().atTime(charter.departure()).atZone(charter.zone());
    return charter.vessel()
        + ", "
        + start.format(DATE)
        + ", "
        + start.format(TIME)
        + "-"
        + charter.returnTime().format(TIME)
        + " "
        + start.format(ZONE);
  }
}
