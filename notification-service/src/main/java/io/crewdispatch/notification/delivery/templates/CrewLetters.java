package io.crewdispatch.notification.delivery.templates;

import io.crewdispatch.notification.calendar.CharterInvitations;
import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.domain.CallNotice;
import io.crewdispatch.notification.delivery.domain.ConfirmationNotice;
import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.domain.Email.Address;
import io.crewdispatch.notification.delivery.domain.Person;
import io.crewdispatch.notification.delivery.domain.ReleaseNotice;
import io.crewdispatch.notification.delivery.domain.ReminderNotice;
import io.crewdispatch.notification.delivery.domain.Role;
import io.crewdispatch.notification.delivery.domain.StaffedNotice;
import io.crewdispatch.notification.delivery.domain.WithdrawalNotice;
import io.crewdispatch.notification.delivery.domain.WithdrawalReason;
import io.crewdispatch.notification.delivery.templates.MailFormats.CharterView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Letters to the people on board: the call, "no longer needed", a confirmation, and who is on
 * board. The office is copied on calls, confirmations and staffing. A confirmation carries the
 * calendar invitation, and a release or a cancellation its CANCEL, for whoever email reaches (an
 * SMS-only member never had an invitation to cancel).
 */
class CrewLetters {

  private final NotificationProperties properties;
  private final List<Address> office;
  private final CharterInvitations calendar;

  CrewLetters(NotificationProperties properties) {
    this.properties = properties;
    this.office = LetterFactory.office(properties);
    this.calendar = new CharterInvitations(properties);
  }

  Letter call(CallNotice call) {
    CharterView charter = MailFormats.charter(call.charter());
    boolean captain = call.recipient().role() == Role.CAPTAIN;
    Map<String, Object> vars = LetterFactory.common(properties, charter);
    vars.put("person", MailFormats.person(call.recipient()));
    vars.put("captain", captain);
    vars.put("acceptUrl", call.acceptUrl());
    vars.put("declineUrl", call.declineUrl());
    vars.put("respondBy", MailFormats.moment(call.respondBy(), call.charter().zone()));
    vars.put("expiresAt", MailFormats.moment(call.expiresAt(), call.charter().zone()));
    String subject =
        (captain ? "Captain needed: " : "Crew needed: ")
            + charter.vessel()
            + ", "
            + charter.shortDate()
            + ", "
            + charter.departure();
    return new Letter(
        "call",
        subject,
        List.of(address(call.recipient())),
        ccOffice(call.recipient()),
        List.of(),
        vars);
  }

  Letter withdrawn(WithdrawalNotice withdrawal) {
    CharterView charter = MailFormats.charter(withdrawal.charter());
    Map<String, Object> vars = LetterFactory.common(properties, charter);
    vars.put("person", MailFormats.person(withdrawal.callee()));
    vars.put("reason", withdrawal.reason().name());
    String subject = "No longer needed: " + charter.vessel() + ", " + charter.shortDate();
    return new Letter(
        "withdrawn",
        subject,
        List.of(address(withdrawal.callee())),
        List.of(),
        List.of(),
        vars,
        cancelled(withdrawal));
  }

  /**
   * A cancellation withdraws every call, open or confirmed, and the event does not say which: each
   * gets the CANCEL, which a calendar without that entry ignores. Every other reason ends a call
   * that was never confirmed, so there is no entry to take off.
   */
  private Email.CalendarPart cancelled(WithdrawalNotice withdrawal) {
    Person person = withdrawal.callee();
    return withdrawal.reason() == WithdrawalReason.CHARTER_CANCELLED && person.reachedByEmail()
        ? calendar.cancel(withdrawal.charter(), person, withdrawal.occurredAt())
        : null;
  }

  /** To the person who lost the seat, the office copied: it must find someone else. */
  Letter released(ReleaseNotice release) {
    CharterView charter = MailFormats.charter(release.charter());
    Map<String, Object> vars = LetterFactory.common(properties, charter);
    vars.put("person", MailFormats.person(release.person()));
    vars.put("reason", release.reason().name());
    String subject = "Taken off: " + charter.vessel() + ", " + charter.shortDate();
    return new Letter(
        "released",
        subject,
        List.of(address(release.person())),
        ccOffice(release.person()),
        List.of(),
        vars,
        release.person().reachedByEmail()
            ? calendar.cancel(release.charter(), release.person(), release.occurredAt())
            : null);
  }

  Letter confirmed(ConfirmationNotice confirmation) {
    CharterView charter = MailFormats.charter(confirmation.charter());
    Person person = confirmation.person();
    boolean captain = person.role() == Role.CAPTAIN;
    Map<String, Object> vars = LetterFactory.common(properties, charter);
    vars.put("person", MailFormats.person(person));
    vars.put("captain", captain);
    String subject =
        (captain ? "Confirmed: you are the captain of " : "Confirmed: you are crew on ")
            + charter.vessel()
            + ", "
            + charter.shortDate();
    return new Letter(
        "confirmed",
        subject,
        List.of(address(person)),
        ccOffice(person),
        List.of(),
        vars,
        person.reachedByEmail()
            ? calendar.request(confirmation.charter(), person, confirmation.occurredAt())
            : null);
  }

  Letter reminder(ReminderNotice reminder) {
    CharterView charter = MailFormats.charter(reminder.charter());
    Map<String, Object> vars = LetterFactory.common(properties, charter);
    vars.put("person", MailFormats.person(reminder.person()));
    vars.put("role", reminder.person().role() == Role.CAPTAIN ? "captain" : "crew");
    String subject =
        "Tomorrow: " + charter.vessel() + ", " + charter.shortDate() + ", " + charter.departure();
    return new Letter(
        "reminder", subject, List.of(address(reminder.person())), List.of(), List.of(), vars);
  }

  Letter staffed(StaffedNotice staffed) {
    CharterView charter = MailFormats.charter(staffed.charter());
    Map<String, Object> vars = LetterFactory.common(properties, charter);
    vars.put("captain", MailFormats.person(staffed.captain()));
    vars.put("crew", staffed.crew().stream().map(MailFormats::person).toList());
    List<Address> onBoard = new ArrayList<>();
    onBoard.add(address(staffed.captain()));
    staffed.crew().forEach(member -> onBoard.add(address(member)));
    String subject =
        "Staffed: " + charter.vessel() + ", " + charter.shortDate() + ", " + charter.departure();
    return new Letter("staffed", subject, onBoard, office, List.of(), vars);
  }

  /** Every office address, except the recipient's own (an office member who sails as crew). */
  private List<Address> ccOffice(Person person) {
    return office.stream().filter(a -> !a.email().equalsIgnoreCase(person.email())).toList();
  }

  private static Address address(Person person) {
    return new Address(person.email(), person.name());
  }
}
