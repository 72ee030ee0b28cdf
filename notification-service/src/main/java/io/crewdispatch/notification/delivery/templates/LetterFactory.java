package io.crewdispatch.notification.delivery.templates;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.domain.CallNotice;
import io.crewdispatch.notification.delivery.domain.ConfirmationNotice;
import io.crewdispatch.notification.delivery.domain.CredentialsAlertNotice;
import io.crewdispatch.notification.delivery.domain.Email.Address;
import io.crewdispatch.notification.delivery.domain.Email.Attachment;
import io.crewdispatch.notification.delivery.domain.Notice;
import io.crewdispatch.notification.delivery.domain.Person;
import io.crewdispatch.notification.delivery.domain.Role;
import io.crewdispatch.notification.delivery.domain.StaffedNotice;
import io.crewdispatch.notification.delivery.domain.StallNotice;
import io.crewdispatch.notification.delivery.domain.StatementNotice;
import io.crewdispatch.notification.delivery.domain.WithdrawalNotice;
import io.crewdispatch.notification.delivery.templates.MailFormats.CharterView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Decides, for each kind of notice, who is told what: template, subject, recipients. */
class LetterFactory {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final NotificationProperties properties;
  private final Clock clock;
  private final Address office;

  LetterFactory(NotificationProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    this.office = new Address(properties.officeEmail(), properties.companyName() + " office");
  }

  Letter letter(Notice notice) {
    if (notice instanceof CallNotice call) {
      return call(call);
    } else if (notice instanceof WithdrawalNotice withdrawal) {
      return withdrawn(withdrawal);
    } else if (notice instanceof ConfirmationNotice confirmation) {
      return confirmed(confirmation);
    } else if (notice instanceof StaffedNotice staffed) {
      return staffed(staffed);
    } else if (notice instanceof StallNotice stall) {
      return stalled(stall);
    } else if (notice instanceof StatementNotice statement) {
      return statement(statement);
    }
    return credentials((CredentialsAlertNotice) notice);
  }

  private Letter call(CallNotice call) {
    CharterView charter = MailFormats.charter(call.charter());
    boolean captain = call.recipient().role() == Role.CAPTAIN;
    Map<String, Object> vars = common(charter);
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

  private Letter withdrawn(WithdrawalNotice withdrawal) {
    CharterView charter = MailFormats.charter(withdrawal.charter());
    Map<String, Object> vars = common(charter);
    vars.put("person", MailFormats.person(withdrawal.callee()));
    vars.put("reason", withdrawal.reason().name());
    String subject = "No longer needed: " + charter.vessel() + ", " + charter.shortDate();
    return new Letter(
        "withdrawn", subject, List.of(address(withdrawal.callee())), List.of(), List.of(), vars);
  }

  private Letter confirmed(ConfirmationNotice confirmation) {
    CharterView charter = MailFormats.charter(confirmation.charter());
    Map<String, Object> vars = common(charter);
    vars.put("person", MailFormats.person(confirmation.captain()));
    String subject =
        "Confirmed: you are the captain of " + charter.vessel() + ", " + charter.shortDate();
    return new Letter(
        "confirmed",
        subject,
        List.of(address(confirmation.captain())),
        ccOffice(confirmation.captain()),
        List.of(),
        vars);
  }

  private Letter staffed(StaffedNotice staffed) {
    CharterView charter = MailFormats.charter(staffed.charter());
    Map<String, Object> vars = common(charter);
    vars.put("captain", MailFormats.person(staffed.captain()));
    vars.put("crew", staffed.crew().stream().map(MailFormats::person).toList());
    List<Address> onBoard = new ArrayList<>();
    onBoard.add(address(staffed.captain()));
    staffed.crew().forEach(member -> onBoard.add(address(member)));
    String subject =
        "Staffed: " + charter.vessel() + ", " + charter.shortDate() + ", " + charter.departure();
    return new Letter("staffed", subject, onBoard, List.of(office), List.of(), vars);
  }

  private Letter stalled(StallNotice stall) {
    CharterView charter = MailFormats.charter(stall.charter());
    Map<String, Object> vars = common(charter);
    vars.put("reason", stall.reason().name());
    vars.put(
        "attempts",
        stall.attempts().stream()
            .map(
                a ->
                    Map.of(
                        "name", a.name(),
                        "crewId", a.crewId(),
                        "calledAt", MailFormats.moment(a.calledAt(), stall.charter().zone()),
                        "outcome", a.outcome().name()))
            .toList());
    vars.put("monthTab", MailFormats.month(java.time.YearMonth.from(stall.charter().sailDate())));
    String subject = "ACTION NEEDED: " + charter.vessel() + ", " + charter.shortDate() + " stalled";
    return new Letter("stall-alert", subject, List.of(office), List.of(), List.of(), vars);
  }

  private Letter statement(StatementNotice statement) {
    Map<String, Object> vars = common(null);
    String month = MailFormats.month(statement.month());
    vars.put("month", month);
    vars.put("fileName", statement.fileName());
    vars.put("attached", statement.attached());
    vars.put("link", statement.webViewLink());
    vars.put("captainId", statement.captainId());
    List<Address> to =
        statement.recipients().isEmpty()
            ? List.of(office)
            : statement.recipients().stream().map(email -> new Address(email, "")).toList();
    List<Attachment> files =
        statement.attached()
            ? List.of(new Attachment(statement.fileName(), XLSX, statement.content()))
            : List.of();
    String subject =
        statement.summary() ? "Monthly summary for " + month : "Your statement for " + month;
    return new Letter(
        statement.summary() ? "summary" : "statement", subject, to, List.of(), files, vars);
  }

  private Letter credentials(CredentialsAlertNotice alert) {
    Map<String, Object> vars = common(null);
    vars.put("problem", alert.problem());
    vars.put("since", MailFormats.moment(clock.instant(), properties.operatorTimeZone()));
    vars.put("heldKind", alert.trigger().kind().name());
    vars.put("heldKey", alert.trigger().key());
    vars.put("transport", properties.transport().name().toLowerCase(java.util.Locale.ROOT));
    vars.put("tokenFile", String.valueOf(properties.gmail().tokenFile()));
    return new Letter(
        "credentials-alert",
        "ACTION NEEDED: Gmail sending stopped",
        List.of(office),
        List.of(),
        List.of(),
        vars);
  }

  private Map<String, Object> common(CharterView charter) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("company", properties.companyName());
    vars.put("sender", properties.senderName());
    vars.put("office", properties.officeEmail());
    vars.put("charter", charter == null ? null : charter.asMap());
    return vars;
  }

  private List<Address> ccOffice(Person person) {
    return person.email().equalsIgnoreCase(properties.officeEmail()) ? List.of() : List.of(office);
  }

  private static Address address(Person person) {
    return new Address(person.email(), person.name());
  }
}
