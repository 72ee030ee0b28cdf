package io.crewdispatch.notification.delivery.templates;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.domain.CallNotice;
import io.crewdispatch.notification.delivery.domain.CertificateNotice;
import io.crewdispatch.notification.delivery.domain.ConfirmationNotice;
import io.crewdispatch.notification.delivery.domain.CredentialsAlertNotice;
import io.crewdispatch.notification.delivery.domain.DeadLetterDigestNotice;
import io.crewdispatch.notification.delivery.domain.Email.Address;
import io.crewdispatch.notification.delivery.domain.IntegrationAlertNotice;
import io.crewdispatch.notification.delivery.domain.Notice;
import io.crewdispatch.notification.delivery.domain.PortalLinkNotice;
import io.crewdispatch.notification.delivery.domain.ReleaseNotice;
import io.crewdispatch.notification.delivery.domain.ReminderNotice;
import io.crewdispatch.notification.delivery.domain.StaffedNotice;
import io.crewdispatch.notification.delivery.domain.StallNotice;
import io.crewdispatch.notification.delivery.domain.StatementNotice;
import io.crewdispatch.notification.delivery.domain.WithdrawalNotice;
import io.crewdispatch.notification.delivery.templates.MailFormats.CharterView;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Decides, for each kind of notice, who is told what: template, subject, recipients. */
class LetterFactory {

  private final CrewLetters crew;
  private final OfficeLetters office;
  private final PortalLetters portal;

  LetterFactory(NotificationProperties properties, Clock clock) {
    this.crew = new CrewLetters(properties);
    this.office = new OfficeLetters(properties, clock);
    this.portal = new PortalLetters(properties);
  }

  Letter letter(Notice notice) {
    if (notice instanceof CallNotice call) {
      return crew.call(call);
    } else if (notice instanceof WithdrawalNotice withdrawal) {
      return crew.withdrawn(withdrawal);
    } else if (notice instanceof ReleaseNotice release) {
      return crew.released(release);
    } else if (notice instanceof ConfirmationNotice confirmation) {
      return crew.confirmed(confirmation);
    } else if (notice instanceof StaffedNotice staffed) {
      return crew.staffed(staffed);
    } else if (notice instanceof StallNotice stall) {
      return office.stalled(stall);
    } else if (notice instanceof StatementNotice statement) {
      return office.statement(statement);
    } else if (notice instanceof ReminderNotice reminder) {
      return crew.reminder(reminder);
    } else if (notice instanceof DeadLetterDigestNotice digest) {
      return office.deadLetters(digest);
    } else if (notice instanceof PortalLinkNotice link) {
      return portal.portalLink(link);
    } else if (notice instanceof CertificateNotice certificate) {
      return office.certificateExpiring(certificate);
    } else if (notice instanceof IntegrationAlertNotice integration) {
      return office.integration(integration);
    }
    return office.credentials((CredentialsAlertNotice) notice);
  }

  /**
   * What every template may show: who sends, for whom, whom to ask; the charter when there is one.
   */
  static Map<String, Object> common(NotificationProperties properties, CharterView charter) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("company", properties.companyName());
    vars.put("sender", properties.senderName());
    vars.put("office", String.join(" or ", properties.officeEmail()));
    vars.put("charter", charter == null ? null : charter.asMap());
    return vars;
  }

  /** Every office address: calls are copied to all of them and alerts go to all of them. */
  static List<Address> office(NotificationProperties properties) {
    String name = properties.companyName() + " office";
    return properties.officeEmail().stream().map(email -> new Address(email, name)).toList();
  }
}
