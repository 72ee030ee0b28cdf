package io.crewdispatch.notification.calendar;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.domain.Charter;
import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.domain.Person;
import io.crewdispatch.notification.delivery.domain.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Flow 13's calendar entry: a confirmation invites the person to the charter (METHOD:REQUEST), a
 * release or a cancellation takes it off their calendar (METHOD:CANCEL).
 *
 * <p>Nothing is stored. The UID is the charter and the person, so every message about that seat
 * names the same entry. The SEQUENCE comes from the time of the event that caused the message, so
 * it grows with every change however the messages arrive, and a redelivered event writes the same
 * bytes: twice the seconds since 2026 for a REQUEST, one more for a CANCEL, so a cancellation in
 * the same second as the confirmation still wins, and a confirmation a second later wins over both.
 * It fits RFC 5545's integer until 2060.
 */
public final class CharterInvitations {

  static final Instant SEQUENCE_EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  private final Invitation.Mailbox organizer;
  private final String uidDomain;
  private final String office;

  public CharterInvitations(NotificationProperties properties) {
    // The office organises the charter; replies, if a client sends one, reach a person there.
    this.organizer =
        new Invitation.Mailbox(
            properties.officeEmail().get(0), properties.companyName() + " office");
    String sender = properties.senderEmail();
    this.uidDomain = sender.substring(sender.indexOf('@') + 1);
    this.office = String.join(" or ", properties.officeEmail());
  }

  /** The entry for a person just confirmed on the charter, by an event at {@code at}. */
  public Email.CalendarPart request(Charter charter, Person person, Instant at) {
    String role = person.role() == Role.CAPTAIN ? "captain" : "crew";
    String description =
        "You are confirmed as "
            + role
            + " on "
            + charter.vessel()
            + " (charter "
            + charter.charterId()
            + ", "
            + charter.guests()
            + " guests). Questions? Write to "
            + office
            + ".";
    return part(invitation(Invitation.Method.REQUEST, charter, person, at, description));
  }

  /** Takes the entry off the person's calendar: released, or the charter was cancelled. */
  public Email.CalendarPart cancel(Charter charter, Person person, Instant at) {
    String description =
        "You are no longer on "
            + charter.vessel()
            + " (charter "
            + charter.charterId()
            + "). Questions? Write to "
            + office
            + ".";
    return part(invitation(Invitation.Method.CANCEL, charter, person, at, description));
  }

  Invitation invitation(
      Invitation.Method method, Charter charter, Person person, Instant at, String description) {
    String role = person.role() == Role.CAPTAIN ? "captain" : "crew";
    return new Invitation(
        method,
        uid(charter, person),
        sequence(method, at),
        at,
        start(charter),
        end(charter),
        charter.vessel() + " charter (" + role + ")",
        description,
        organizer,
        new Invitation.Mailbox(person.email(), person.name()));
  }

  String uid(Charter charter, Person person) {
    return "charter-" + charter.charterId() + "-" + person.crewId() + "@" + uidDomain;
  }

  static int sequence(Invitation.Method method, Instant at) {
    long seconds = Math.max(0, Duration.between(SEQUENCE_EPOCH, at).getSeconds());
    return Math.toIntExact(2 * seconds + (method == Invitation.Method.CANCEL ? 1 : 0));
  }

  static ZonedDateTime start(Charter charter) {
    return charter.sailDate().atTime(charter.departure()).atZone(charter.zone());
  }

  /** A return time not after the departure is the next morning's (a night charter). */
  static ZonedDateTime end(Charter charter) {
    var day =
        charter.returnTime().isAfter(charter.departure())
            ? charter.sailDate()
            : charter.sailDate().plusDays(1);
    return day.atTime(charter.returnTime()).atZone(charter.zone());
  }

  private static Email.CalendarPart part(Invitation invitation) {
    return new Email.CalendarPart(invitation.method().name(), IcsWriter.write(invitation));
  }
}
