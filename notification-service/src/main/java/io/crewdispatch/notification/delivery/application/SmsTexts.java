package io.crewdispatch.notification.delivery.application;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.domain.CallNotice;
import io.crewdispatch.notification.delivery.domain.Charter;
import io.crewdispatch.notification.delivery.domain.IntegrationAlertNotice;
import io.crewdispatch.notification.delivery.domain.PortalLinkNotice;
import io.crewdispatch.notification.delivery.domain.Role;
import java.time.ZoneId;
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

  /** Twilio refuses a body longer than this. */
  private static final int MAX_TEXT = 1600;

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

  /** The member's portal link (the link is the message: it is a secret, never logged). */
  public String portalLink(PortalLinkNotice link) {
    String lead =
        switch (link.reason()) {
          case "ROTATED" -> "your new crew portal link (the old one no longer works): ";
          case "REQUESTED" -> "your crew portal link, as asked: ";
          default -> "welcome aboard. Your crew portal link: ";
        };
    return company + ": " + lead + link.portalUrl() + " Keep it to yourself.";
  }

  /**
   * An integration alert for the office's phone, in one line: what, since when, and what a person
   * must do. Capped below Twilio's 1,600 characters.
   */
  public String integration(IntegrationAlertNotice alert, ZoneId officeZone) {
    String since =
        ZonedDateTime.ofInstant(alert.since(), officeZone).format(MOMENT)
            + " "
            + ZonedDateTime.ofInstant(alert.since(), officeZone).format(ZONE);
    String text =
        company
            + " dispatch: "
            + (alert.up()
                ? alert.integration() + " is working again (" + alert.service() + ")."
                : alert.integration()
                    + " is "
                    + alert.state()
                    + " since "
                    + since
                    + " ("
                    + alert.service()
                    + "): "
                    + alert.detail()
                    + (alert.whatToDo() == null ? "" : " To do: " + alert.whatToDo()));
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
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
