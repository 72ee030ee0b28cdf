package io.crewdispatch.notification.schedule.application;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.DeliverNotice;
import io.crewdispatch.notification.delivery.application.DeliverSms;
import io.crewdispatch.notification.delivery.application.SmsTexts;
import io.crewdispatch.notification.delivery.domain.Charter;
import io.crewdispatch.notification.delivery.domain.NoticeKind;
import io.crewdispatch.notification.delivery.domain.Person;
import io.crewdispatch.notification.delivery.domain.Reach;
import io.crewdispatch.notification.delivery.domain.ReminderNotice;
import io.crewdispatch.notification.delivery.domain.Role;
import io.crewdispatch.notification.delivery.domain.TextNotice;
import io.crewdispatch.notification.schedule.application.FollowUps.Charters;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Flow 13's reminder: the day before a charter, at {@code schedule.reminder-hour} in the charter's
 * zone, everyone confirmed on it (captain and crew) hears it on their channel. A confirmation sets
 * it; a release or withdrawal of that person (a cancellation withdraws everyone) takes it off. One
 * item per charter and person; notification-log keys the message {@code reminder#charter#person}
 * (and {@code #SMS}), so it goes once across restarts and instances.
 */
@Service
public class Reminders implements ScheduledJob {

  private static final Logger log = LoggerFactory.getLogger(Reminders.class);

  static final String KIND = "reminder";

  private final ScheduleStore store;
  private final DeliverNotice email;
  private final DeliverSms sms;
  private final SmsTexts texts;
  private final LocalTime hour;

  Reminders(
      ScheduleStore store,
      DeliverNotice email,
      DeliverSms sms,
      SmsTexts texts,
      NotificationProperties properties) {
    this.store = store;
    this.email = email;
    this.sms = sms;
    this.texts = texts;
    this.hour = properties.schedule().reminderHour();
  }

  /** {@code person} was confirmed on the charter by the event {@code eventId} at {@code at}. */
  public void confirmed(String eventId, Person person, Charter charter, Instant at) {
    Instant due = charter.sailDate().minusDays(1).atTime(hour).atZone(charter.zone()).toInstant();
    Map<String, String> d = new HashMap<>(Charters.data(charter));
    d.put("eventId", eventId);
    d.put("crewId", person.crewId());
    d.put("name", person.name());
    d.put("email", person.email());
    if (person.hasPhone()) {
      d.put("phone", person.phone());
    }
    d.put("role", person.role().name());
    d.put("reach", person.reach().name());
    store.put(new Scheduled(id(charter.charterId(), person.crewId()), KIND, due, at, d));
  }

  /** {@code crewId} is no longer on the charter (released, withdrawn, charter cancelled). */
  public void off(String charterId, String crewId, Instant at) {
    store.cancel(id(charterId, crewId), at);
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void run(Scheduled item, Instant now) {
    Map<String, String> d = item.data();
    Charter charter = Charters.charter(d);
    Instant sails =
        charter.sailDate().atTime(charter.departure()).atZone(charter.zone()).toInstant();
    if (!now.isBefore(sails)) {
      // Due only after the charter left (a confirmation replayed late, the service down that long):
      // "you sail tomorrow" would be wrong, so it is dropped unsent.
      log.info("event=reminder_dropped id={} reason=already_sailed", item.id());
      return;
    }
    Person person =
        new Person(
            d.get("crewId"),
            d.get("name"),
            d.get("email"),
            d.get("phone"),
            Role.valueOf(d.get("role")),
            Reach.valueOf(d.get("reach")));
    boolean byText = person.reach().bySms() && person.hasPhone();
    if (person.reach().byEmail() || !byText) {
      email.deliver(new ReminderNotice(d.get("eventId"), item.id(), person, charter));
    }
    if (byText) {
      sms.deliver(
          new TextNotice(d.get("eventId"), NoticeKind.REMINDER, charter.charterId(), item.id()),
          person.phone(),
          texts.reminder(charter, person.role()));
    }
  }

  private static String id(String charterId, String crewId) {
    return "reminder#" + charterId + "#" + crewId;
  }
}
