package io.crewdispatch.notification.office;

import io.crewdispatch.notification.delivery.application.DeliverNotice;
import io.crewdispatch.notification.delivery.application.UndeliverableNoticeException;
import io.crewdispatch.notification.delivery.domain.CertificateNotice;
import io.crewdispatch.notification.delivery.domain.IntegrationAlertNotice;
import io.crewdispatch.notification.delivery.domain.Notice;
import io.crewdispatch.notification.delivery.domain.Role;
import io.crewdispatch.notification.schedule.application.ScheduleStore;
import io.crewdispatch.notification.schedule.application.Scheduled;
import io.crewdispatch.notification.schedule.application.ScheduledJob;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The office's emails about the system (a lapsing certificate, an integration alert) go through
 * notification-schedule rather than straight from the ops-events listener: while mail fails, an
 * email retried in place would hold up its partition, and with it a GMAIL DOWN text queued behind
 * it. The listener only writes the item (one per delivery id, so once per alert); the schedule
 * timer sends it, and tries again each time the claim lease runs out while mail is down.
 * notification-log still keys the message by the notice's delivery id: sent once, whatever the
 * retries.
 */
@Component
class OfficeEmails implements ScheduledJob {

  static final String KIND = "office-email";

  private static final Logger log = LoggerFactory.getLogger(OfficeEmails.class);

  private final ScheduleStore store;
  private final DeliverNotice email;
  private final Clock clock;

  OfficeEmails(ScheduleStore store, DeliverNotice email, Clock clock) {
    this.store = store;
    this.email = email;
    this.clock = clock;
  }

  void later(CertificateNotice notice) {
    Map<String, String> d = new HashMap<>();
    d.put("type", "certificate");
    d.put("eventId", notice.eventId());
    d.put("crewId", notice.crewId());
    d.put("name", notice.name());
    d.put("role", notice.role().name());
    d.put("certificate", notice.certificate());
    d.put("expiresOn", notice.expiresOn().toString());
    // changedAt fixed by the alert itself: a redelivery, or the same warning under a new event id,
    // is not newer, so the conditional put refuses it and the item is written once
    put(notice, notice.expiresOn().atStartOfDay(ZoneOffset.UTC).toInstant(), d);
  }

  void later(IntegrationAlertNotice notice) {
    Map<String, String> d = new HashMap<>();
    d.put("type", "integration");
    d.put("eventId", notice.eventId());
    d.put("service", notice.service());
    d.put("integration", notice.integration());
    d.put("state", notice.state());
    d.put("detail", notice.detail());
    d.put("since", notice.since().toString());
    if (notice.whatToDo() != null) {
      d.put("whatToDo", notice.whatToDo());
    }
    put(notice, notice.since(), d);
  }

  private void put(Notice notice, Instant changedAt, Map<String, String> data) {
    store.put(
        new Scheduled("office#" + notice.deliveryId(), KIND, clock.instant(), changedAt, data));
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void run(Scheduled item, Instant now) {
    Notice notice = notice(item.data());
    try {
      email.deliver(notice); // mail failing: throws, and the item is tried again
    } catch (UndeliverableNoticeException never) {
      // NotificationFailed already says why; trying again would only fail again
      log.warn("event=office_email_undeliverable id={} kind={}", item.id(), notice.kind().name());
    }
  }

  private static Notice notice(Map<String, String> d) {
    if (d.get("type").equals("certificate")) {
      return new CertificateNotice(
          d.get("eventId"),
          d.get("crewId"),
          d.get("name"),
          Role.valueOf(d.get("role")),
          d.get("certificate"),
          LocalDate.parse(d.get("expiresOn")));
    }
    return new IntegrationAlertNotice(
        d.get("eventId"),
        d.get("service"),
        d.get("integration"),
        d.get("state"),
        d.get("detail"),
        Instant.parse(d.get("since")),
        d.get("whatToDo"));
  }
}
