package io.crewdispatch.notification.office;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.DeliverSms;
import io.crewdispatch.notification.delivery.application.PermanentDeliveryException;
import io.crewdispatch.notification.delivery.application.PhoneNumbers;
import io.crewdispatch.notification.delivery.application.SmsTexts;
import io.crewdispatch.notification.delivery.domain.CertificateNotice;
import io.crewdispatch.notification.delivery.domain.IntegrationAlertNotice;
import io.crewdispatch.notification.delivery.domain.OfficeTextNotice;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Use case: the office hears what it must know about the roster and the system itself. A lapsing
 * certificate is emailed to every office address. An integration's change of state is emailed too,
 * except when mail itself is what is down (Gmail or SMTP): that alert goes by text to the office's
 * phones, since an email would wait for the very thing that is broken; its recovery goes both ways.
 * DynamoDB and Kafka are reported by every service, so one outage would mail the office once per
 * service: those are emailed only when a person must act ({@code whatToDo}); the console's System
 * page shows the rest. Emails are queued in notification-schedule ({@link OfficeEmails}), never
 * sent here: mail failing must not hold up this partition, and a GMAIL DOWN text behind it. Texts
 * go now. Every message is sent once per alert (and phone) through notification-log.
 */
@Service
public class OfficeAlerts {

  private static final Logger log = LoggerFactory.getLogger(OfficeAlerts.class);

  private final OfficeEmails email;
  private final DeliverSms sms;
  private final SmsTexts texts;
  private final List<String> phones;
  private final ZoneId officeZone;

  OfficeAlerts(
      OfficeEmails email,
      DeliverSms sms,
      SmsTexts texts,
      PhoneNumbers numbers,
      NotificationProperties properties) {
    this.email = email;
    this.sms = sms;
    this.texts = texts;
    this.phones = officePhones(numbers, properties.officePhones());
    this.officeZone = properties.operatorTimeZone();
  }

  public void certificateExpiring(CertificateNotice notice) {
    email.later(notice);
  }

  public void integrationChanged(IntegrationAlertNotice alert) {
    boolean mailDown = alert.aboutMail() && !alert.up();
    // Texts first: if the email cannot be queued (DynamoDB away), the event is retried, and the
    // texts are not resent (notification-log).
    if (alert.aboutMail()) {
      String text = texts.integration(alert, officeZone);
      phones.forEach(phone -> sms.deliver(new OfficeTextNotice(alert, phone), phone, text));
    }
    if (!mailDown) {
      if (!alert.sharedInfrastructure() || alert.whatToDo() != null) {
        email.later(alert);
      }
    } else if (phones.isEmpty()) {
      log.warn(
          "event=integration_alert_not_sent eventId={} integration={} state={}"
              + " reason=mail_down_and_no_office_phone",
          alert.eventId(),
          alert.integration(),
          alert.state());
    }
  }

  /**
   * The office's phones in E.164, checked at start-up: a number that cannot take a text would only
   * be found the day mail is down, when the office most needs it.
   */
  private static List<String> officePhones(PhoneNumbers numbers, List<String> configured) {
    List<String> e164 = new ArrayList<>();
    for (int i = 0; i < configured.size(); i++) {
      try {
        e164.add(numbers.e164(configured.get(i)));
      } catch (PermanentDeliveryException invalid) {
        throw new IllegalStateException(
            "crewdispatch.notification.office-phones["
                + i
                + "] (OFFICE_PHONES) cannot take a text: "
                + invalid.detail(),
            invalid);
      }
    }
    return List.copyOf(e164);
  }
}
