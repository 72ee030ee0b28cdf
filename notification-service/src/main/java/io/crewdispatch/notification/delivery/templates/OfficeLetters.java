package io.crewdispatch.notification.delivery.templates;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.domain.CertificateNotice;
import io.crewdispatch.notification.delivery.domain.CredentialsAlertNotice;
import io.crewdispatch.notification.delivery.domain.DeadLetterDigestNotice;
import io.crewdispatch.notification.delivery.domain.Email.Address;
import io.crewdispatch.notification.delivery.domain.Email.Attachment;
import io.crewdispatch.notification.delivery.domain.IntegrationAlertNotice;
import io.crewdispatch.notification.delivery.domain.Role;
import io.crewdispatch.notification.delivery.domain.StallNotice;
import io.crewdispatch.notification.delivery.domain.StatementNotice;
import io.crewdispatch.notification.delivery.templates.MailFormats.CharterView;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Letters about the business: the stall alert, statements and summaries, lapsing certificates, the
 * credentials and integration alerts.
 */
class OfficeLetters {

  static final String CSV = "text/csv; charset=UTF-8";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final NotificationProperties properties;
  private final Clock clock;
  private final List<Address> office;

  OfficeLetters(NotificationProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    this.office = LetterFactory.office(properties);
  }

  Letter stalled(StallNotice stall) {
    CharterView charter = MailFormats.charter(stall.charter());
    Map<String, Object> vars = LetterFactory.common(properties, charter);
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
    vars.put("monthTab", MailFormats.month(YearMonth.from(stall.charter().sailDate())));
    String subject = "ACTION NEEDED: " + charter.vessel() + ", " + charter.shortDate() + " stalled";
    return new Letter("stall-alert", subject, office, List.of(), List.of(), vars);
  }

  /**
   * A person's statement or the office's summary. The words say what the workbook holds and no
   * more: pay is a day rate per charter worked plus a revenue share where the roster gives one, so
   * no "bonus" is promised. A corrected one says it replaces the earlier one, and what changed.
   */
  Letter statement(StatementNotice statement) {
    Map<String, Object> vars = LetterFactory.common(properties, null);
    String month = MailFormats.month(statement.month());
    vars.put("month", month);
    vars.put("fileName", statement.fileName());
    vars.put("attached", statement.attached());
    vars.put("link", statement.webViewLink());
    vars.put("captainId", statement.captainId());
    vars.put("role", statement.crew() ? "crew" : "captain");
    vars.put("corrected", statement.corrected());
    vars.put("changes", statement.changes());
    vars.put("payrollFileName", statement.payrollFileName());
    vars.put("payrollAttached", statement.payrollAttached());
    List<Address> to =
        statement.recipients().isEmpty()
            ? office
            : statement.recipients().stream().map(email -> new Address(email, "")).toList();
    List<Attachment> files = new ArrayList<>();
    if (statement.attached()) {
      files.add(new Attachment(statement.fileName(), XLSX, statement.content()));
    }
    if (statement.summary() && statement.payrollAttached()) {
      files.add(new Attachment(statement.payrollFileName(), CSV, statement.payrollCsv()));
    }
    String subject =
        (statement.corrected() ? "Corrected " : "")
            + (statement.summary()
                ? (statement.corrected() ? "monthly summary for " : "Monthly summary for ")
                : (statement.corrected() ? "statement for " : "Your statement for "))
            + month;
    return new Letter(
        statement.summary() ? "summary" : "statement", subject, to, List.of(), files, vars);
  }

  Letter deadLetters(DeadLetterDigestNotice digest) {
    Map<String, Object> vars = LetterFactory.common(properties, null);
    vars.put(
        "lines",
        digest.lines().stream()
            .map(
                line -> {
                  Map<String, Object> view = new java.util.HashMap<>();
                  view.put("service", line.service());
                  view.put("topic", line.topic());
                  view.put("partition", line.partition());
                  view.put("offset", line.offset());
                  view.put("key", line.key() == null ? "-" : line.key());
                  view.put(
                      "eventType", line.eventType() == null ? "undecodable" : line.eventType());
                  view.put("reason", line.reason());
                  view.put("whatToDo", line.whatToDo());
                  return view;
                })
            .toList());
    String subject =
        "ACTION NEEDED: "
            + digest.lines().size()
            + (digest.lines().size() == 1 ? " record" : " records")
            + " could not be handled";
    return new Letter("dead-letter-digest", subject, office, List.of(), List.of(), vars);
  }

  /** Flow 15: the office hears a month ahead, to renew it before the cascade must skip them. */
  Letter certificateExpiring(CertificateNotice notice) {
    Map<String, Object> vars = LetterFactory.common(properties, null);
    vars.put("crewId", notice.crewId());
    vars.put("name", notice.name());
    vars.put("role", notice.role() == Role.CAPTAIN ? "captain" : "crew");
    vars.put("captain", notice.role() == Role.CAPTAIN);
    vars.put("certificate", notice.certificate());
    vars.put("expiresOn", MailFormats.day(notice.expiresOn()));
    String subject =
        "Certificate lapsing: "
            + notice.name()
            + "'s "
            + notice.certificate()
            + " on "
            + MailFormats.shortDay(notice.expiresOn());
    return new Letter("certificate-expiring", subject, office, List.of(), List.of(), vars);
  }

  /** Flow 12: an integration went down (with what a person must do) or came back. */
  Letter integration(IntegrationAlertNotice notice) {
    Map<String, Object> vars = LetterFactory.common(properties, null);
    vars.put("service", notice.service());
    vars.put("integration", notice.integration());
    vars.put("state", notice.state());
    vars.put("up", notice.up());
    vars.put("detail", notice.detail());
    vars.put("since", MailFormats.moment(notice.since(), properties.operatorTimeZone()));
    vars.put("whatToDo", notice.whatToDo());
    String subject =
        notice.up()
            ? "Working again: " + notice.integration() + " (" + notice.service() + ")"
            : "ACTION NEEDED: "
                + notice.integration()
                + " is "
                + notice.state()
                + " ("
                + notice.service()
                + ")";
    return new Letter("integration-alert", subject, office, List.of(), List.of(), vars);
  }

  Letter credentials(CredentialsAlertNotice alert) {
    Map<String, Object> vars = LetterFactory.common(properties, null);
    vars.put("problem", alert.problem());
    vars.put("since", MailFormats.moment(clock.instant(), properties.operatorTimeZone()));
    vars.put("heldKind", alert.trigger().kind().name());
    vars.put("heldKey", alert.trigger().key());
    vars.put("transport", properties.transport().name().toLowerCase(Locale.ROOT));
    vars.put("tokenFile", String.valueOf(properties.gmail().tokenFile()));
    return new Letter(
        "credentials-alert",
        "ACTION NEEDED: Gmail sending stopped",
        office,
        List.of(),
        List.of(),
        vars);
  }
}
